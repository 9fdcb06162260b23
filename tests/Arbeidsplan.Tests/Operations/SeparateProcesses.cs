namespace Arbeidsplan.Tests.Operations;

/// <summary>
/// Tests that start app processes or time a start-up: run alone, after the others, so two cores busy with the rest of the suite do
/// not make a start-up look slow or a port taken.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeparateProcesses
{
    public const string Name = "Prosesser for seg";
}
