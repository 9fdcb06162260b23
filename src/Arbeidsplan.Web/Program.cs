using Arbeidsplan.Web;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Components;
using Arbeidsplan.Web.Features.Account;
using Arbeidsplan.Web.Features.Demo;
using Arbeidsplan.Web.Features.Shared;
using Arbeidsplan.Web.Operations;

var builder = WebApplication.CreateBuilder(DemoStartup.WithoutDemoSwitch(args));

builder.AddArbeidsplanLogging();
builder.AddArbeidsplanTelemetry();
builder.Services.AddArbeidsplanDatabase(builder.Configuration, builder.Environment);
builder.Services.AddArbeidsplanIdentity(builder.Configuration);
builder.Services.AddArbeidsplanFeatures(builder.Configuration);
builder.Services.AddArbeidsplanWeb(builder.Configuration);
builder.Services.ReadKeyRingOnFirstUse();

var app = builder.Build();

// Migrations and the demo run while the app already answers (a page says it is starting); tests wait for them instead.
var preparation = app.Services.GetRequiredService<StartupPreparation>();
var loadDemo = DemoStartup.Requested(args, app.Configuration);
if (app.Configuration.GetValue<bool>("Startup:PrepareBeforeListening"))
{
    await preparation.RunAsync(loadDemo);
}
else
{
    preparation.Start(loadDemo);
}

app.UseForwardedHeaders();
app.UseRequestLog();
app.UseSecurityHeaders();
app.UseStartupGate();
app.UseArbeidsplanErrorHandling();
// Routing after the error pages, so the Norwegian 404 and error pages are routed again when they are shown in place of a response.
app.UseRouting();
app.UseAuthentication();
app.UseSignInChecks();
app.UseRateLimiter();
app.UseAuthorization();
app.UseRequestTimeouts();
app.UseAntiforgery();
app.UseFormTokensOnCookieApiCalls();

app.MapStaticAssets().AllowAnonymous();
app.MapArbeidsplanEndpoints();
app.MapRazorComponents<App>();

app.Run();

public partial class Program;
