namespace Turnover.Core;

/// <summary>Spellings the BACI table does not carry but real files and users do.</summary>
internal static class CountryAliases
{
    public static readonly CountryInfo World = new(0, "World", "World", null, "W00");

    /// <summary>
    /// UN Comtrade partner codes that the BACI table lacks, seen in real Comtrade+ downloads
    /// (test/fixtures/comtrade/TradeData.csv), named as Comtrade names them.
    /// </summary>
    public static readonly CountryInfo[] ComtradeOnly =
    [
        new(234, "Faroe Isds", "Faroe Islands", "FO", "FRO"),
        new(336, "Holy See (Vatican City State)", "Holy See (Vatican City State)", "VA", "VAT"),
        new(581, "United States Minor Outlying Islands", "United States Minor Outlying Islands", "UM", "UMI"),
        new(899, "Areas, nes", "Areas, not elsewhere specified", null, null),
    ];

    /// <summary>ISO 3166 numerics that trade statistics replace with their own reporter code.</summary>
    public static readonly (int IsoNumeric, int TradeCode)[] IsoNumericToTradeCode =
    [
        (840, 842), // USA incl. Puerto Rico and US Virgin Islands
        (250, 251), // France incl. Monaco
        (356, 699), // India
        (756, 757), // Switzerland incl. Liechtenstein
        (578, 579), // Norway incl. Svalbard
        (380, 381), // Italy incl. San Marino
        (158, 490), // Taiwan is reported as "Other Asia, nes"
    ];

    public static readonly (string Alias, int Code)[] Names =
    [
        ("World", 0), ("W00", 0), ("G001", 0), ("WLD", 0),
        ("China", 156), ("PRC", 156), ("Mainland China", 156), ("People's Republic of China", 156),
        ("China, peoples' republic of", 156), ("China, People's Republic of", 156), ("P.R. China", 156),
        ("Russia", 643), ("Russian Federation", 643), ("Russian Fed.", 643),
        ("United States", 842), ("United States of America", 842), ("US", 842), ("U.S.", 842), ("America", 842),
        ("South Korea", 410), ("Korea", 410), ("Republic of Korea", 410), ("Korea, Republic of", 410), ("Korea, Rep.", 410),
        ("North Korea", 408),
        ("United Kingdom", 826), ("UK", 826), ("Britain", 826), ("Great Britain", 826),
        ("Türkiye", 792), ("Turkiye", 792),
        ("Taiwan", 490), ("Chinese Taipei", 490),
        ("Hong Kong", 344), ("Macao", 446), ("Macau", 446),
        ("Vietnam", 704), ("Czech Republic", 203),
        ("Côte d'Ivoire", 384), ("Ivory Coast", 384), ("Curaçao", 531), ("Saint Barthélemy", 652),
    ];
}
