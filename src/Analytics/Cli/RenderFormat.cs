namespace Analytics.Cli;

/// <summary>What <c>analytics render</c> writes: the page's readable text, its HTML, a Word document or an Excel workbook.</summary>
internal enum RenderFormat
{
    Text,
    Html,
    Docx,
    Xlsx,
}
