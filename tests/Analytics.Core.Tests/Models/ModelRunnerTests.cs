using Analytics.Core.Models;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Core.Tests.Models;

/// <summary>The model runner on sql folders written by the tests, against an in-memory DuckDB with a small raw table.</summary>
public sealed class ModelRunnerTests
{
    private static readonly DateOnly AsOf = new(2021, 6, 30);

    private const string Items = """
        -- grain: one row per item
        -- materialized: table
        -- depends: raw.items

        with source as (
            select * from raw.items
        )

        select * from source
        """;

    private SqlFolder sql = null!;
    private DuckDBConnection connection = null!;

    [SetUp]
    public void Open()
    {
        sql = new SqlFolder();
        connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("""
            create schema raw;
            create table raw.items (id integer, region varchar, amount decimal(20, 6), sold_on date);
            insert into raw.items values (1, '东区', 10, '2021-01-05'), (2, '西区', 5.5, '2021-03-01'), (3, '东区', 2, '2021-07-01');
            """);
    }

    [TearDown]
    public void Close()
    {
        connection.Dispose();
        sql.Dispose();
    }

    private ModelCatalog Catalog() => ModelCatalog.Load(sql.Path);

    private object? Scalar(string query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        return command.ExecuteScalar();
    }

    [Test]
    public void A_model_listed_before_what_it_reads_is_built_after_it()
    {
        // a_totals sorts before b_items in marts/, yet reads it: it must come second.
        sql.With("marts/a_totals.sql", """
                -- grain: one row per region
                -- materialized: table
                -- depends: b_items

                with items as (
                    select * from b_items
                ),

                totals as (
                    select region, sum(amount) as amount from items group by region
                )

                select * from totals
                """)
            .With("marts/b_items.sql", Items)
            .With("marts/c_sold.sql", """
                -- grain: one row per item sold by the as-of date
                -- materialized: macro(as_of)
                -- depends: b_items

                select * from b_items where sold_on <= as_of::date
                """);

        Assert.That(Catalog().Models.Select(m => m.Name), Is.EqualTo(new[] { "a_totals", "b_items", "c_sold" }));
        Assert.That(ModelRunner.Order(Catalog()).Select(m => m.Name), Is.EqualTo(new[] { "b_items", "a_totals", "c_sold" }));

        ModelRunner.Run(connection, Catalog(), AsOf);

        Assert.That(Scalar("select amount from a_totals where region = '东区'"), Is.EqualTo(12m));
        Assert.That(Scalar("select count(*) from c_sold(date '2021-06-30')"), Is.EqualTo(2L));
    }

    [Test]
    public void A_cycle_is_refused_with_the_models_in_it()
    {
        sql.With("marts/a.sql", "-- depends: b\nselect * from b")
            .With("marts/b.sql", "-- depends: c\nselect * from c")
            .With("marts/c.sql", "-- depends: a\nselect * from a");

        var error = Assert.Throws<ModelException>(() => ModelRunner.Run(connection, Catalog(), AsOf));
        Assert.That(error!.Message, Does.Contain("a → b → c → a"));
    }

    [Test]
    public void A_missing_model_is_refused_with_the_model_that_reads_it()
    {
        sql.With("marts/totals.sql", "-- depends: sales\nselect * from sales");

        var error = Assert.Throws<ModelException>(() => ModelRunner.Run(connection, Catalog(), AsOf));
        Assert.That(error!.Message, Does.Contain("model totals reads sales, which does not exist"));
    }

    [Test]
    public void An_undeclared_dependency_is_refused()
    {
        sql.With("staging/items.sql", Items)
            .With("marts/totals.sql", "-- depends: raw.items\nselect region, sum(amount) as amount from items group by region");

        var error = Assert.Throws<ModelException>(() => ModelRunner.Run(connection, Catalog(), AsOf));
        Assert.That(error!.Message, Does.Contain("model totals reads items without declaring it in depends"));
    }

    [Test]
    public void A_cte_named_like_a_model_is_not_a_dependency()
    {
        sql.With("staging/items.sql", Items)
            .With("marts/totals.sql", "-- depends: raw.items\nwith items as (select * from raw.items)\n\nselect count(*) as n from items");

        ModelRunner.Run(connection, Catalog(), AsOf);

        Assert.That(Scalar("select n from totals"), Is.EqualTo(3L));
    }

    [TestCase("unique(region)", "unique(region)", "region=东区, occurrences=2")]
    [TestCase("not_null(id, sold_on)", "not_null(id, sold_on)", "id=4, region=北区, amount=1, sold_on=NULL")]
    [TestCase("accepted_values(region: 东区, 西区)", "accepted_values(region: 东区, 西区)", "region=北区, occurrences=1")]
    [TestCase("relationships(region -> regions.name)", "relationships(region -> regions.name)", "region=北区")]
    public void A_failing_data_test_names_the_model_the_test_and_the_offending_rows(string declaration, string name, string row)
    {
        connection.Execute("insert into raw.items values (4, '北区', 1, null)");
        sql.With("staging/items.sql", Items.Replace("-- depends: raw.items", $"-- depends: raw.items, regions\n-- test: {declaration}"))
            .With("staging/regions.sql", "-- materialized: table\nselect unnest(['东区', '西区']) as name");

        var error = Assert.Throws<ModelException>(() => ModelRunner.Run(connection, Catalog(), AsOf));
        Assert.That(error!.Message, Does.Contain($"data test failed: model items › {name}; offending rows:"));
        Assert.That(error.Message, Does.Contain(row));
    }

    [Test]
    public void A_macro_is_tested_at_the_as_of_date()
    {
        // Item 3 is sold on 2021-07-01: amount 2 appears twice only from then on.
        sql.With("staging/items.sql", Items)
            .With("marts/sold.sql", "-- materialized: macro(as_of)\n-- depends: items\n-- test: unique(amount)\nselect amount from items where sold_on <= as_of::date union all select 2");

        Assert.DoesNotThrow(() => ModelRunner.Run(connection, Catalog(), new DateOnly(2021, 6, 30)));
        var error = Assert.Throws<ModelException>(() => ModelRunner.Run(connection, Catalog(), new DateOnly(2021, 7, 1)));
        Assert.That(error!.Message, Does.Contain("model sold › unique(amount)").And.Contain("amount=2, occurrences=2"));
    }

    [Test]
    public void A_failing_custom_assertion_names_its_file_and_the_offending_rows()
    {
        connection.Execute("insert into raw.items values (4, '北区', -3, '2021-02-01')");
        sql.With("staging/items.sql", Items)
            .With("tests/assert_amounts_are_not_negative.sql", """
                -- model: items
                -- An item's amount is never below 0.
                select id, amount from items where amount < 0
                """);

        var error = Assert.Throws<ModelException>(() => ModelRunner.Run(connection, Catalog(), AsOf));
        Assert.That(error!.Message, Does.Contain("model items › assert_amounts_are_not_negative"));
        Assert.That(error.Message, Does.Contain("id=4, amount=-3"));
    }

    [Test]
    public void At_most_five_offending_rows_are_shown()
    {
        connection.Execute("insert into raw.items select 10 + i, '东区', -i, null from range(1, 8) t(i)");
        sql.With("staging/items.sql", Items)
            .With("tests/assert_amounts_are_not_negative.sql", "-- model: items\nselect id from items where amount < 0 order by id");

        var error = Assert.Throws<ModelException>(() => ModelRunner.Run(connection, Catalog(), AsOf));
        Assert.That(error!.Message, Does.Contain("id=15").And.Not.Contain("id=16"));
        Assert.That(error.Message, Does.EndWith("…"));
    }

    [Test]
    public void Bad_sql_names_the_model_and_its_file()
    {
        sql.With("marts/totals.sql", "-- depends: raw.items\nselect regon from raw.items");

        var error = Assert.Throws<ModelException>(() => ModelRunner.Run(connection, Catalog(), AsOf));
        Assert.That(error!.Message, Does.Contain("model totals failed to build").And.Contain("totals.sql"));
    }
}
