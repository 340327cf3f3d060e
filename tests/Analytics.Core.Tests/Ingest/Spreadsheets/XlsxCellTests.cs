using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Tests.Ingest.Spreadsheets;

public sealed class XlsxCellTests : SpreadsheetTestBase
{
    [Test]
    public void Shared_strings_give_text_cells()
    {
        var path = new XlsxBuilder()
            .SharedStrings("项目编号", "项目名称", "XM-001", "新能源电池项目")
            .Sheet("项目台账", """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
                <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>
                """)
            .Save(PathOf("projects.xlsx"));

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => r.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(Texts(rows[0]), Is.EqualTo(new[] { "项目编号", "项目名称" }));
        Assert.That(Texts(rows[1]), Is.EqualTo(new[] { "XM-001", "新能源电池项目" }));
        Assert.That(rows[1][1].Kind, Is.EqualTo(CellKind.Text));
    }

    [Test]
    public void Rich_text_joins_its_runs_and_leaves_out_phonetic_guides()
    {
        var path = new XlsxBuilder()
            .SharedStringItems("""
                <si><r><rPr><b/><sz val="11"/></rPr><t>协议总投资</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">（亿元）</t></r></si>
                <si><t>投资方</t><rPh sb="0" eb="3"><t>トウシホウ</t></rPh><phoneticPr fontId="1"/></si>
                <si><t>第一行_x000D_
                第二行</t></si>
                """)
            .Sheet("Sheet1", """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>""")
            .Save(PathOf("rich.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(row[0].Text, Is.EqualTo("协议总投资（亿元）"));
        Assert.That(row[1].Text, Is.EqualTo("投资方"));
        Assert.That(row[2].Text, Is.EqualTo("第一行\r\n第二行"));
    }

    [Test]
    public void Inline_strings_numbers_booleans_and_errors_keep_their_kinds()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """
                <row r="1">
                  <c r="A1" t="inlineStr"><is><t>高端装备制造</t></is></c>
                  <c r="B1" t="inlineStr"><is><r><t>生物</t></r><r><t>医药</t></r></is></c>
                  <c r="C1"><v>1234.5</v></c>
                  <c r="D1" t="n"><v>-0.25</v></c>
                  <c r="E1" t="b"><v>1</v></c>
                  <c r="F1" t="b"><v>0</v></c>
                  <c r="G1" t="e"><v>#DIV/0!</v></c>
                  <c r="H1"><v>1E-3</v></c>
                </row>
                """)
            .Save(PathOf("kinds.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(row[0], Is.EqualTo(new Cell(CellKind.Text, "高端装备制造", 0)));
        Assert.That(row[1], Is.EqualTo(new Cell(CellKind.Text, "生物医药", 0)));
        Assert.That(row[2], Is.EqualTo(new Cell(CellKind.Number, "1234.5", 1234.5)));
        Assert.That(row[3], Is.EqualTo(new Cell(CellKind.Number, "-0.25", -0.25)));
        Assert.That(row[4], Is.EqualTo(new Cell(CellKind.Boolean, "TRUE", 1)));
        Assert.That(row[5], Is.EqualTo(new Cell(CellKind.Boolean, "FALSE", 0)));
        Assert.That(row[6], Is.EqualTo(new Cell(CellKind.Error, "#DIV/0!", 0)));
        Assert.That(row[7], Is.EqualTo(new Cell(CellKind.Number, "1E-3", 0.001)));
    }

    [Test]
    public void Formula_cells_give_their_cached_values()
    {
        var path = new XlsxBuilder()
            .SharedStrings("合计")
            .Sheet("Sheet1", """
                <row r="1">
                  <c r="A1" t="s"><v>0</v></c>
                  <c r="B1"><f>SUM(B2:B3)</f><v>37.5</v></c>
                  <c r="C1" t="str"><f>A1&amp;"（亿元）"</f><v>合计（亿元）</v></c>
                  <c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>
                  <c r="E1"><f>B1*2</f></c>
                  <c r="F1" t="b"><f>B1&gt;10</f><v>1</v></c>
                </row>
                """)
            .Save(PathOf("formulas.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(row[1], Is.EqualTo(new Cell(CellKind.Number, "37.5", 37.5)));
        Assert.That(row[2], Is.EqualTo(new Cell(CellKind.Text, "合计（亿元）", 0)));
        Assert.That(row[3], Is.EqualTo(new Cell(CellKind.Error, "#DIV/0!", 0)));
        Assert.That(row[4], Is.EqualTo(Cell.Empty), "a formula never calculated has no value");
        Assert.That(row[5], Is.EqualTo(new Cell(CellKind.Boolean, "TRUE", 1)));
    }

    [Test]
    public void Cells_without_a_reference_follow_the_previous_cell()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """
                <row r="1"><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>
                """)
            .Save(PathOf("no-r.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(Texts(row), Is.EqualTo(new[] { "a", "2", "", "", "5", "6" }));
        Assert.That(row[2].Kind, Is.EqualTo(CellKind.Empty));
    }

    [Test]
    public void Sparse_cells_leave_empty_cells_from_column_A()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """<row r="1"><c r="C1"><v>3</v></c><c r="AA1"><v>27</v></c><c r="AB1" s="0"/></row>""")
            .Save(PathOf("sparse.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(row.Cells, Has.Count.EqualTo(27), "styled empty cells at the end are left out");
        Assert.That(row[0], Is.EqualTo(Cell.Empty));
        Assert.That(row[2].Number, Is.EqualTo(3));
        Assert.That(row[26].Number, Is.EqualTo(27));
        Assert.That(row[27], Is.EqualTo(Cell.Empty));
    }

    [Test]
    public void Missing_rows_come_out_blank_with_their_numbers()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """
                <row r="3"><c r="A3"><v>3</v></c></row>
                <row r="6"><c r="A6"><v>6</v></c></row>
                <row r="7" spans="1:3" ht="20" customHeight="1"/>
                """)
            .Save(PathOf("gaps.xlsx"));

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => r.Number), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7 }));
        Assert.That(rows.Select(r => r.IsBlank), Is.EqualTo(new[] { true, true, false, true, true, false, true }));
        Assert.That(rows[5][0].Number, Is.EqualTo(6));
    }

    [Test]
    public void Rows_without_a_number_follow_the_previous_row()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """
                <row><c><v>1</v></c></row>
                <row><c><v>2</v></c></row>
                <row r="5"><c><v>5</v></c></row>
                <row><c><v>6</v></c></row>
                """)
            .Save(PathOf("rows-no-r.xlsx"));

        var rows = ReadSheet(path);

        Assert.That(rows.Select(r => r.Number), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(rows.Select(r => r[0].Text), Is.EqualTo(new[] { "1", "2", "", "", "5", "6" }));
    }

    [Test]
    public void Whitespace_in_preserved_text_is_kept()
    {
        var path = new XlsxBuilder()
            .SharedStringItems("<si><t xml:space=\"preserve\">  前后空格  </t></si><si><t xml:space=\"preserve\"> </t></si>")
            .Sheet("Sheet1", """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>""")
            .Save(PathOf("spaces.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(row[0].Text, Is.EqualTo("  前后空格  "));
        Assert.That(row[1], Is.EqualTo(new Cell(CellKind.Text, " ", 0)));
        Assert.That(row[1].IsEmpty, Is.True);
    }

    [Test]
    public void Whitespace_in_preserved_inline_text_is_kept()
    {
        var path = new XlsxBuilder()
            .Sheet("Sheet1", """
                <row r="1">
                  <c r="A1" t="inlineStr"><is><t xml:space="preserve">  两端空格 </t></is></c>
                  <c r="B1" t="inlineStr"><is><t xml:space="preserve">   </t></is></c>
                  <c r="C1" t="inlineStr"><is><r><t xml:space="preserve">新 </t></r><r><t>材料</t></r></is></c>
                </row>
                """)
            .Save(PathOf("inline-spaces.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(Texts(row), Is.EqualTo(new[] { "  两端空格 ", "   ", "新 材料" }));
    }

    [Test]
    public void Escaped_characters_and_cdata_come_out_as_text()
    {
        var path = new XlsxBuilder()
            .SharedStringItems("<si><t>研发&amp;制造 &lt;一期&gt;</t></si>")
            .Sheet("Sheet1", """
                <row r="1">
                  <c r="A1" t="s"><v>0</v></c>
                  <c r="B1" t="str"><f>A1</f><v>&quot;引号&quot; &amp; more</v></c>
                  <c r="C1" t="inlineStr"><is><t><![CDATA[<b>粗体</b>]]></t></is></c>
                  <c r="D1" t="inlineStr"><is><t>&#x4E00;&#20108;</t></is></c>
                </row>
                """)
            .Save(PathOf("escapes.xlsx"));

        var row = ReadSheet(path).Single();

        Assert.That(Texts(row), Is.EqualTo(new[] { "研发&制造 <一期>", "\"引号\" & more", "<b>粗体</b>", "一二" }));
    }
}
