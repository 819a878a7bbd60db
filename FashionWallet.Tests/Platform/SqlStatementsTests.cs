using FashionWallet.Database;

namespace FashionWallet.Tests.Platform;

public sealed class SqlStatementsTests
{
    [Fact]
    public void Splits_at_top_level_semicolons_and_keeps_where_each_statement_starts()
    {
        const string sql = "create table a (id int);\n\n  insert into a values (1);\nselect 1";

        var statements = SqlStatements.Split(sql);

        Assert.Equal(["create table a (id int)", "insert into a values (1)", "select 1"], statements.Select(s => s.Text));
        Assert.Equal([0, 28, 54], statements.Select(s => s.Start));
        Assert.All(statements, s => Assert.StartsWith(s.Text, sql[s.Start..]));
    }

    [Theory]
    [InlineData("insert into t values ('a;b', 'it''s; fine');", 1)]
    [InlineData("insert into t values (E'back\\'; still quoted');", 1)]
    [InlineData("insert into t values (E'back\\\\'); select 2;", 2)]
    [InlineData("create table \"odd;name\" (id int);", 1)]
    [InlineData("create function f() returns int as $$ select 1; select 2; $$ language sql;", 1)]
    [InlineData("create function f() returns int as $body$ begin return 1; end; $body$ language plpgsql;", 1)]
    [InlineData("select 1; -- a comment; with semicolons;\nselect 2;", 2)]
    [InlineData("select 1; /* outer /* nested; */ still; comment */ select 2;", 2)]
    [InlineData("select a$b; select 2;", 2)]
    [InlineData("-- only a comment;\n;;  ;", 0)]
    public void Semicolons_inside_quotes_dollar_bodies_and_comments_do_not_split(string sql, int count)
    {
        Assert.Equal(count, SqlStatements.Split(sql).Count);
    }
}
