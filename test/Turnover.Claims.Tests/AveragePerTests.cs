namespace Turnover.Claims.Tests;

/// <summary>An amount said to be an average per month or day of its period is read so, not as the period's level.</summary>
public sealed class AveragePerTests
{
    private static readonly DateOnly s_date = new(2020, 2, 5);

    [Theory]
    [InlineData("U.S. imports from China averaged $37.7 billion per month in 2019.", AveragePer.Month)]
    [InlineData("The U.S. goods deficit with China was about $28 billion a month on average in 2019.", AveragePer.Month)]
    [InlineData("U.S. exports to China reached a monthly average of $8.9 billion in 2019.", AveragePer.Month)]
    [InlineData("U.S.-China trade came to $1.5 billion a day in 2019.", AveragePer.Day)]
    [InlineData("В 2019 году импорт США из Китая составлял в среднем 37,7 млрд долларов в месяц.", AveragePer.Month)]
    [InlineData("В 2019 году среднемесячный товарооборот США и Китая составил 46,6 млрд долларов.", AveragePer.Month)]
    [InlineData("2019年中美月均贸易额为466亿美元。", AveragePer.Month)]
    [InlineData("2019年美国自华进口平均每月377亿美元。", AveragePer.Month)]
    [InlineData("2019年中美日均贸易额约15亿美元。", AveragePer.Day)]
    public void When_an_amount_is_an_average_per_month_or_day_then_it_is_read_so(string sentence, AveragePer per)
    {
        // Since 7 December 2026: it was the year's level, "inaccurate" by 92% (or 99.7% for a day's).
        var claim = Read.SingleFigure(sentence, s_date);

        Assert.Equal((per, 2019), (claim.AveragePer, claim.Period?.Period?.Year));
    }

    [Theory]
    [InlineData("U.S. imports from China rose to $40.3 billion in November 2019, up from $39.9 billion a month earlier.")]
    [InlineData("U.S. imports from China were $452.2 billion in 2019.")]
    [InlineData("U.S. imports from China fell $2.8 billion in December 2019 on a monthly basis.")]
    [InlineData("Импорт США из Китая в 2019 году составил 452,2 млрд долларов, месяц назад сообщалось о 450 млрд.")]
    [InlineData("U.S. imports from China were $452.2 billion in 2019, monthly data showed.")]
    [InlineData("Ежемесячная статистика ФТС показывает импорт США из Китая в 2019 году 452,2 млрд долларов.")]
    [InlineData("海关每月公布的数据显示，2019年美国自华进口4522亿美元。")]
    [InlineData("据海关每月公布的中美贸易额，2019年为5559亿美元。")]
    public void When_no_average_is_said_then_none_is_read(string sentence) =>
        Assert.All(Read.Claims(sentence, s_date), c => Assert.Equal(AveragePer.None, c.AveragePer));
}
