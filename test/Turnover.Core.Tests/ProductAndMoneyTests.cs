using Turnover.Core;

namespace Turnover.Core.Tests;

public sealed class ProductAndMoneyTests
{
    [Theory]
    [InlineData("080420", 80420, 6)]
    [InlineData("01", 1, 2)]
    [InlineData("8542", 8542, 4)]
    public void When_an_hs_code_has_leading_zeros_then_they_survive(string text, int code, int digits)
    {
        Assert.True(Product.TryParse(text, "H4", out var product));

        Assert.Equal((code, digits, text), (product.Code, (int)product.Digits, product.ToString()));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("ab")]
    [InlineData("1234567")]
    public void When_an_hs_code_has_a_wrong_length_or_letters_then_it_is_refused(string text)
    {
        Assert.False(Product.TryParse(text, null, out _));
    }

    [Fact]
    public void When_cmd_code_is_total_then_the_product_is_all_goods()
    {
        Assert.True(Product.TryParse("TOTAL", null, out var product));
        Assert.True(product.IsTotal);
        Assert.Equal("TOTAL", product.ToString());
    }

    [Fact]
    public void When_money_of_two_currencies_is_added_then_it_fails_loudly()
    {
        var usd = Money.Usd(1m);
        var cny = new Money(7m, new Currency("cny"));

        Assert.Equal(Money.Usd(3m), usd + Money.Usd(2m));
        Assert.Equal("CNY", cny.Currency.Code);
        Assert.Throws<InvalidOperationException>(() => usd + cny);
        Assert.Throws<ArgumentException>(() => new Currency("US"));
    }
}
