namespace Arbeidsplan.Web.Data;

/// <summary>A key/value fact about this installation, such as when the demo organisation was loaded.</summary>
public sealed class SystemSetting : Arbeidsplan.Domain.Common.IAudited
{
    public const string DemoLoadedAt = "demo-loaded-at";
    public const string DemoUsers = "demo-users";

    /// <summary>The demo's top organisation: everything under it is the demo, and goes when the demo is removed.</summary>
    public const string DemoRoot = "demo-root";

    /// <summary>A new random value whenever an organisation is added, changed or removed: what an instance's copy of the register is checked against.</summary>
    public const string OrganisationsChanged = "organisations-changed";

    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
