using System.Threading.RateLimiting;
using Arbeidsplan.Web.Data;
using Arbeidsplan.Web.Features.Access;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace Arbeidsplan.Web.Features.Account;

/// <summary>Sign-in, sessions, passwords and two-factor: Identity set up the way this app needs it.</summary>
public static class AccountServices
{
    /// <summary>The rate limiter policy on every sign-in, reset and two-factor form and endpoint.</summary>
    public const string SignInPolicy = "innlogging";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityAndCookie();
        // Integrators sign in at /api/auth/login and send the bearer token they get back (an hour), renewed at /api/auth/refresh.
        services.AddAuthentication(o => o.DefaultAuthenticateScheme = Policies.CookieOrBearer)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.RefreshTokenExpiration = Sessions.Lifetime.ToTimeSpan();
            })
            .AddPolicyScheme(Policies.CookieOrBearer, null, o => o.ForwardDefaultSelector = context =>
                IsBearer(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme);
        services.AddScoped<Sessions>();
        services.AddScoped<LoginService>();
        services.AddScoped<PasswordService>();
        services.AddScoped<TwoFactorService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<InvitationService>().AddScoped<FirstRunService>();
        services.AddScoped<Privacy.IPersonalData, AccountPersonalData>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DeviceTrust>();
        services.AddSignInRateLimits(configuration);
        services.AddForwardedHeadersFromSettings(configuration);
        return services;
    }

    /// <summary>Identity's users, passwords and tokens, and the sign-in cookie.</summary>
    private static void AddIdentityAndCookie(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                // No lockout: it lets anyone who knows an address keep its owner out. Attempts are limited per address and device instead.
                o.Lockout.AllowedForNewUsers = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<NorwegianIdentityErrors>()
            .AddClaimsPrincipalFactory<UserClaims>()
            .AddSignInManager<AppSignInManager>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/logg-inn";
            o.LogoutPath = "/logg-ut";
            o.AccessDeniedPath = "/ingen-tilgang";
            o.Cookie.Name = "arbeidsplan";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS, also behind a proxy that says so (see the forwarded headers below).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = ApiAwareRedirect(StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirect(StatusCodes.Status403Forbidden);
        });
        // The session id travels with the principal when Identity renews a cookie.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(ActorContext.SessionClaim) is { } session && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
            {
                identity.AddClaim(new System.Security.Claims.Claim(ActorContext.SessionClaim, session.Value));
            }
            return Task.CompletedTask;
        });
    }

    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sign-in attempts per client address: a fixed window, on the sending of forms and requests only, not on page views.</summary>
    private static void AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Security:SignInAttemptsPerAddress", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInPolicy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("lesing")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "ukjent",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(15), QueueLimit = 0 }));
            o.OnRejected = (context, _) => TooManyAttempts.WriteAsync(context.HttpContext);
        });
    }

    /// <summary>
    /// Behind a reverse proxy, the client's address and scheme come from X-Forwarded-For and X-Forwarded-Proto, trusted only from
    /// the proxies listed in Security:KnownProxies (comma-separated addresses); without the list, nothing forwarded is trusted.
    /// </summary>
    private static void AddForwardedHeadersFromSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in (configuration["Security:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
    }

    // The API answers 401/403 (status-code pages turn them into problem details); pages go to the sign-in page.
    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task> ApiAwareRedirect(int status) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = status;
            }
            else
            {
                context.Response.Redirect(context.RedirectUri);
            }
            return Task.CompletedTask;
        };
}
