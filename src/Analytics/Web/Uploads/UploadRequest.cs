using Analytics.Core.Ingest.Ledgers;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Analytics.Web.Uploads;

/// <summary>An upload as posted: the files under their cleaned names and the kind, or why it is refused before any import (status and message).</summary>
public sealed record UploadRequest(IReadOnlyList<(string Name, IFormFile File)> Files, LedgerKind? Kind, (int Status, string Zh, string En)? Error)
{
    /// <summary>Reads and checks the multipart form: the anti-forgery token, one to <see cref="SiteOptions.UploadMaxFiles"/> files, each a ledger's extension and within the size.</summary>
    public static async Task<UploadRequest> ReadAsync(HttpContext context, IAntiforgery antiforgery, SiteOptions options)
    {
        if (!context.Request.HasFormContentType) return Refused(StatusCodes.Status400BadRequest, "请以表单（multipart/form-data）上传文件。", "post the files as multipart/form-data");
        var maxBytes = (long)options.UploadMaxMegabytes * 1024 * 1024;
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = maxBytes * options.UploadMaxFiles + 64 * 1024 }));
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Refused(StatusCodes.Status400BadRequest, "页面已过期或缺少表单令牌，请刷新页面后重新上传。", "the form token is missing or expired; reload the page and upload again");
        }
        var form = await context.Request.ReadFormAsync();
        var files = form.Files.GetFiles("files");
        if (files.Count == 0) return Refused(StatusCodes.Status400BadRequest, "请选择至少一个台账文件。", "choose at least one ledger file");
        if (files.Count > options.UploadMaxFiles)
            return Refused(StatusCodes.Status400BadRequest, $"一次最多上传 {options.UploadMaxFiles} 个文件。", $"at most {options.UploadMaxFiles} files at once");
        var named = new List<(string, IFormFile)>();
        foreach (var file in files)
        {
            if (file.Length > maxBytes)
                return Refused(StatusCodes.Status413PayloadTooLarge, $"文件「{file.FileName}」超过 {options.UploadMaxMegabytes} MB 的上限。",
                    $"\"{file.FileName}\" is larger than {options.UploadMaxMegabytes} MB");
            if (UploadFileNames.Clean(file.FileName) is not { } name)
                return Refused(StatusCodes.Status422UnprocessableEntity, $"文件「{file.FileName}」不是台账文件：只接受 xlsx、xls 或 csv 文件。",
                    $"\"{file.FileName}\" is not a ledger file: only xlsx, xls and csv are accepted");
            named.Add((name, file));
        }
        LedgerKind? kind = form["kind"].ToString() switch
        {
            "projects" => LedgerKind.Projects,
            "funds" => LedgerKind.Funds,
            "targets" => LedgerKind.Targets,
            "activities" => LedgerKind.Activities,
            "regions" => LedgerKind.Regions,
            "external_ranks" => LedgerKind.ExternalRanks,
            _ => null,
        };
        return new UploadRequest(named, kind, null);
    }

    private static UploadRequest Refused(int status, string zh, string en) => new([], null, (status, zh, en));
}
