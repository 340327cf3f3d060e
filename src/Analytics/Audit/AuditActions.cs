namespace Analytics.Audit;

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string LockedOut = "locked-out";
    public const string Logout = "logout";
    public const string Upload = "upload";
    public const string UploadRefused = "upload-refused";
    public const string AccountAdded = "account-added";
    public const string AccountChanged = "account-changed";
    public const string AccountDisabled = "account-disabled";
    public const string AccountEnabled = "account-enabled";
    public const string AccountRemoved = "account-removed";
    public const string Download = "download";
}
