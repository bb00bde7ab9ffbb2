using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    // Product lines of two editions in the file, or of an edition another live release of the source holds other
    // editions' lines beside (the new release's own row is written later). The probe is a filter without a join or an
    // aggregate, so a file of the edition already stored (the usual case: another year) costs one scan of two columns.
    private bool MayClash(EditionScreen editions, CodeTable classifications, SourceKind source)
    {
        if (editions.Mixed)
        {
            return true;
        }

        return editions.HasProductLines && Scalar<bool>(
            $"""
            SELECT EXISTS (
                SELECT 1 FROM records r
                WHERE r.release_id IN (SELECT release_id FROM live_releases() WHERE source = $1)
                  AND record_product_digits(r.key) BETWEEN 1 AND 6
                  AND CAST(r.detail >> {RecordDetail.ClassificationShift} AS SMALLINT) <> $2)
            """,
            SourceCatalog.Of(source).Code, (short)classifications.IdOf(editions.Edition));
    }

    /// <summary>The first periods whose product lines the new release would mix across editions of a classification (Sql/edition_clashes.sql).</summary>
    private List<EditionClash> FindEditionClashes(int releaseId, SourceKind source)
    {
        using var command = Command(
            Sql("edition_clashes").Replace("{columns}", DecodedKey.Columns("c.first_key"), StringComparison.Ordinal),
            releaseId, SourceCatalog.Of(source).Code);
        using var reader = command.ExecuteReader();
        var key = DecodedKey.Of(reader);
        int line = reader.Column("line"), edition = reader.Column("edition"), otherEdition = reader.Column("other_edition");
        int otherRelease = reader.Column("other_release"), otherFile = reader.Column("other_file"), otherLine = reader.Column("other_line");
        var clashes = new List<EditionClash>();
        while (reader.Read())
        {
            clashes.Add(new EditionClash(
                reader.GetInt64(line),
                key.DescribePeriod(reader),
                reader.IsDBNull(edition) ? null : reader.GetString(edition),
                reader.IsDBNull(otherEdition) ? null : reader.GetString(otherEdition),
                reader.IsDBNull(otherRelease) ? null : reader.GetInt32(otherRelease),
                reader.IsDBNull(otherFile) ? null : reader.GetString(otherFile),
                reader.IsDBNull(otherLine) ? null : reader.GetInt64(otherLine)));
        }

        return clashes;
    }
}
