namespace Arbeidsplan.Web.Data;

/// <summary>A key/value fact about this installation, such as when the demo organisation was loaded.</summary>
public sealed class SystemSetting
{
    public const string DemoLoadedAt = "demo-loaded-at";
    public const string DemoUsers = "demo-users";

    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
