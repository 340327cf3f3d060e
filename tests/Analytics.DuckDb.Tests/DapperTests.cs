using Analytics.DuckDb;
using Dapper;

namespace Analytics.DuckDb.Tests;

public sealed class DapperTests
{
    public sealed record Project(string Id, string Region, decimal Investment, DateOnly? SignedOn);

    [Test]
    public void Dapper_maps_rows_to_records_and_binds_anonymous_parameters()
    {
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("""
            create table projects (id varchar, region varchar, investment decimal(18,4), signed_on date);
            insert into projects values ('JC-1', '鸠江区', 12.5, '2021-03-05'), ('JC-2', '高新区', 1.25, null), ('JC-3', '鸠江区', 0.5, '2021-04-01');
            """);

        var rows = connection.Query<Project>(
            "select id, region, investment, signed_on as SignedOn from projects where region = @region and investment >= @min order by id",
            new { region = "鸠江区", min = 0.5m }).ToList();

        Assert.That(rows, Is.EqualTo(new[]
        {
            new Project("JC-1", "鸠江区", 12.5m, new DateOnly(2021, 3, 5)),
            new Project("JC-3", "鸠江区", 0.5m, new DateOnly(2021, 4, 1)),
        }));
        Assert.That(connection.ExecuteScalar<long>("select count(*) from projects where signed_on is null"), Is.EqualTo(1));
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override DateOnly Parse(object value) => value is DateOnly d ? d : DateOnly.FromDateTime((DateTime)value);

        public override void SetValue(System.Data.IDbDataParameter parameter, DateOnly value) => parameter.Value = value;
    }
}
