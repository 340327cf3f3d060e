using Analytics.Core.Dashboards.Blocks;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Metrics;
using DuckDB.NET.Data;

namespace Analytics.Core.Dashboards.Rendering;

/// <summary>Runs one block; whatever goes wrong becomes a message in place of the block (never a stack trace).</summary>
internal static class BlockRunner
{
    /// <summary>The block's result, or an error block; <paramref name="problem"/> gets the message.</summary>
    public static BlockResult Run(BlockContext context, PageBlock block, Action<string> problem)
    {
        try
        {
            return Render(context, block);
        }
        catch (Exception e) when (e is BlockException or FigureException or MetricsException or DuckDBException)
        {
            return Error(context, block, e.Message.Split(" / ")[0], problem);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever else goes wrong stays within the block: the page still renders, and no stack trace is shown.
            return Error(context, block, "区块无法生成，请检查选项（" + e.GetType().Name + "）", problem);
        }
    }

    /// <summary>The block's result; a <see cref="BlockException"/> (or figure / metrics error) where it cannot be made.</summary>
    public static BlockResult Render(BlockContext context, PageBlock block)
    {
        var kind = BlockKinds.Find(block.Kind)
            ?? throw new BlockException($"未知的区块类型「{block.Kind}」，可用：{string.Join("、", BlockKinds.Names)}（普通代码请用 text）");
        return kind.Render(context, block.Options());
    }

    private static BlockResult Error(BlockContext context, PageBlock block, string message, Action<string> problem)
    {
        var line = $"{block.Label}：{message}";
        problem(line);
        var html = context.Html().Open("div", "block-error", ("role", "alert")).Text(line).Close("div").Line();
        return new BlockResult(html.ToString(), $"【{line}】\n");
    }
}
