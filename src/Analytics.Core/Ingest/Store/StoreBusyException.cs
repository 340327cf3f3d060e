namespace Analytics.Core.Ingest.Store;

/// <summary>Another import holds the data directory.</summary>
public sealed class StoreBusyException() : Exception("另一个导入正在进行，请稍后再试 / another import is running; try again later");
