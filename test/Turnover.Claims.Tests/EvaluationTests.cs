using Turnover.Claims.Evaluation;
using Xunit.Abstractions;

namespace Turnover.Claims.Tests;

/// <summary>
/// The evaluation on the labelled development sets in ../shared/data/claims (read where they are). Run with
/// <c>dotnet test test/Turnover.Claims.Tests --filter Category=Evaluation --logger "console;verbosity=detailed"</c>
/// to see the figures, misses and false hits.
/// </summary>
[Trait("Category", "Evaluation")]
public sealed class EvaluationTests(ITestOutputHelper output)
{
    // Floors at the figures measured when the rules were written (docs/claims.md), so a change that loses ground
    // fails here. The goal is precision >= 0.95 and recall >= 0.90 for both fields; the one figure below it (Chinese
    // growth precision, 0.944) comes from two true statements the labels leave out (see docs/claims.md).
    [Theory]
    [InlineData("dev_sentences.csv", 0.98, 0.93, 0.98, 0.91)]
    [InlineData("dev_sentences_ru.csv", 1.0, 0.90, 1.0, 0.93)]
    [InlineData("dev_sentences_zh.csv", 1.0, 1.0, 0.94, 0.91)]
    public void When_a_dev_set_is_evaluated_then_precision_and_recall_hold_their_measured_level(
        string file, double amountPrecision, double amountRecall, double growthPrecision, double growthRecall)
    {
        var path = SharedData.File("claims", file);
        Assert.True(File.Exists(path), $"{path} is not there (../shared/data is kept beside the repository)");
        var report = ClaimEvaluator.Evaluate(path);
        output.WriteLine(report.Format());

        Assert.Empty(report.Errors);
        Assert.True(report.Amounts.Precision >= amountPrecision, $"amount precision {report.Amounts.Precision:0.000}");
        Assert.True(report.Amounts.Recall >= amountRecall, $"amount recall {report.Amounts.Recall:0.000}");
        Assert.True(report.Growth.Precision >= growthPrecision, $"growth precision {report.Growth.Precision:0.000}");
        Assert.True(report.Growth.Recall >= growthRecall, $"growth recall {report.Growth.Recall:0.000}");
    }
}
