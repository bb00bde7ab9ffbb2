using System.Collections.Frozen;
using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>Country words of the three languages: names, adjectives, capitals used as metonyms, abbreviations.</summary>
internal static class CountryWords
{
    private static readonly FrozenDictionary<string, Country> s_byIso3 = new[]
    {
        "CHN", "RUS", "USA", "IND", "JPN", "KOR", "DEU", "KAZ", "MNG", "UKR", "IRN", "TUR", "BRA", "VNM", "FRA", "GBR", "IDN", "BLR", "PRK",
    }.ToFrozenDictionary(iso => iso, iso => CountryCatalog.Default.Resolve(iso).GetValueOrThrow(), StringComparer.Ordinal);

    public static Country China => s_byIso3["CHN"];

    public static Country Russia => s_byIso3["RUS"];

    public static Country ByIso3(string iso3) => s_byIso3[iso3];

    /// <summary>True for a country the languages' own words name (and deliberately do not: "U.S. dollars").</summary>
    public static bool IsKnown(Country country) => country.Iso3 is { } iso3 && s_byIso3.ContainsKey(iso3);

    /// <summary>English (and the other Latin-script languages news quotes mix in): text → ISO3. Case-sensitive.</summary>
    public static readonly FrozenDictionary<string, string> English = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["China"] = "CHN",
        ["the PRC"] = "CHN",
        ["PRC"] = "CHN",
        ["People's Republic of China"] = "CHN",
        ["Mainland China"] = "CHN",
        ["Beijing"] = "CHN",
        ["Chinese"] = "CHN",
        ["Sino"] = "CHN",
        ["Cina"] = "CHN",
        ["Chine"] = "CHN",
        ["Tiongkok"] = "CHN",
        ["cinese"] = "CHN",
        ["cinesi"] = "CHN",
        ["chinesische"] = "CHN",
        ["chinesischen"] = "CHN",
        ["chinesisch"] = "CHN",
        ["chinês"] = "CHN",
        ["chinesa"] = "CHN",
        ["chinois"] = "CHN",
        ["Chinesen"] = "CHN",
        ["Russia"] = "RUS",
        ["Russian Federation"] = "RUS",
        ["the Russian Federation"] = "RUS",
        ["Moscow"] = "RUS",
        ["Russian"] = "RUS",
        ["Russo"] = "RUS",
        ["Russland"] = "RUS",
        ["Rússia"] = "RUS",
        ["Russie"] = "RUS",
        ["Rusia"] = "RUS",
        ["russische"] = "RUS",
        ["russischen"] = "RUS",
        ["russisch"] = "RUS",
        ["russo"] = "RUS",
        ["russa"] = "RUS",
        ["russe"] = "RUS",
        ["United States"] = "USA",
        ["the United States"] = "USA",
        ["U.S."] = "USA",
        ["Washington"] = "USA",
        ["US"] = "USA",
        ["USA"] = "USA",
        ["America"] = "USA",
        ["American"] = "USA",
        ["India"] = "IND",
        ["Indian"] = "IND",
        ["New Delhi"] = "IND",
        ["Japan"] = "JPN",
        ["Japanese"] = "JPN",
        ["Tokyo"] = "JPN",
        ["South Korea"] = "KOR",
        ["Korea"] = "KOR",
        ["Korean"] = "KOR",
        ["North Korea"] = "PRK",
        ["North Korean"] = "PRK",
        ["South Korean"] = "KOR",
        ["Seoul"] = "KOR",
        ["Germany"] = "DEU",
        ["German"] = "DEU",
        ["Berlin"] = "DEU",
        ["Kazakhstan"] = "KAZ",
        ["Kazakh"] = "KAZ",
        ["Mongolia"] = "MNG",
        ["Mongolian"] = "MNG",
        ["Ukraine"] = "UKR",
        ["Ukrainian"] = "UKR",
        ["Kyiv"] = "UKR",
        ["Kiev"] = "UKR",
        ["Iran"] = "IRN",
        ["Iranian"] = "IRN",
        ["Turkey"] = "TUR",
        ["Türkiye"] = "TUR",
        ["Turkish"] = "TUR",
        ["Brazil"] = "BRA",
        ["Brazilian"] = "BRA",
        ["Vietnam"] = "VNM",
        ["Vietnamese"] = "VNM",
        ["France"] = "FRA",
        ["French"] = "FRA",
        ["Britain"] = "GBR",
        ["British"] = "GBR",
        ["UK"] = "GBR",
        ["Indonesia"] = "IDN",
        ["Indonesian"] = "IDN",
        ["Belarus"] = "BLR",
        ["Belarusian"] = "BLR",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The English alternation, longest first so "Russian Federation" wins over "Russia"; "Washington" as the US
    /// government, not the Washington Post, the state or a university.
    /// </summary>
    public const string EnglishPattern = @"(?<![\p{L}])(?:People\'s\s+Republic\s+of\s+China|the\s+Russian\s+Federation|Russian\s+Federation|the\s+United\s+States|Mainland\s+China|United\s+States|chinesischen|South\s+Korean|chinesische|South\s+Korea|russischen|chinesisch|Indonesian|Vietnamese|Belarusian|Washington(?!\s+(?:Post|Times|Examiner|State|state|University|Institute|Consensus|Naval))|Kazakhstan|Brazilian|Indonesia|Mongolian|russische|New\s+Delhi|Ukrainian|Tiongkok|Japanese|Mongolia|American(?!\s+dollars?\b)|Russland|Chinesen|russisch|British|Chinese|America|Beijing|Iranian|Belarus|Turkish|chinesa|Ukraine|Germany|the\s+PRC|chinois|Russian|Britain|Türkiye|Vietnam|Moscow|Turkey|Brazil|Rússia|cinesi|chinês|cinese|German|Russie|Kazakh|Russia|Berlin|French|Indian|France|China|Tokyo|Seoul|Rusia|russa|russe|Chine|russo|Japan|India|North\s+Korean?|(?<!North[\s-]|N\.\s?|Democratic\s+People's\s+Republic\s+of\s+)Korea(?:n(?!\s+won\b))?|Russo|U\.S\.(?!\s?\$|\s+dollars?\b)|Sino|Kiev|Kyiv|Iran|Cina|USA|PRC|US(?!\s?\$|\s+dollars?\b|-Dollar)|UK)(?![\p{L}])";

    /// <summary>An English country word (possessive and spacing forgiven), or null.</summary>
    public static Country? FromEnglish(string word)
    {
        var key = System.Text.RegularExpressions.Regex.Replace(word, @"\s+", " ");
        key = key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("’s", StringComparison.Ordinal) ? key[..^2] : key;
        return English.TryGetValue(key, out var iso) ? ByIso3(iso) : null;
    }

    /// <summary>A Chinese country word, or null.</summary>
    public static Country? FromChinese(string word) => Chinese.TryGetValue(word, out var iso) ? ByIso3(iso) : null;

    /// <summary>Russian and Ukrainian stems (case-insensitive), matched at a word start; the first match wins.</summary>
    public static readonly (string Stem, string Iso3)[] RussianStems =
    [
        ("российск", "RUS"), ("російськ", "RUS"), ("россия", "RUS"), ("росси", "RUS"), ("росі", "RUS"), ("рф", "RUS"),
        ("москв", "RUS"), ("китайск", "CHN"), ("китайськ", "CHN"), ("кита", "CHN"), ("кнр", "CHN"), ("пекин", "CHN"),
        ("пекін", "CHN"), ("поднебесн", "CHN"), ("сша", "USA"), ("американск", "USA"), ("америк", "USA"), ("южнокоре", "KOR"), ("южн", "KOR"), ("коре", "KOR"), ("кндр", "PRK"), ("северн", "PRK"), ("инди", "IND"),
        ("япони", "JPN"), ("японск", "JPN"), ("украин", "UKR"), ("україн", "UKR"), ("казахстан", "KAZ"), ("германи", "DEU"),
        ("турци", "TUR"), ("иран", "IRN"), ("беларус", "BLR"), ("белорусс", "BLR"), ("монголи", "MNG"),
    ];

    public const string RussianPattern = @"(?<![\p{L}])(?i:российск\w*|російськ\w*|росси\w*|росі\w*|РФ|москв\w*|китайск\w*|китайськ\w*|кита[йяюеєїь]\w*|КНР|пекин\w*|пекін\w*|поднебесн\w*|(?<!(?:доллар\w{0,3}|долл\.)\s*)США|американск\w*|америк\w*|инди[яиюей]\w*|КНДР|северн\w{0,3}\s+коре[яийюе]\w*|южн\w{0,3}\s+коре[яийюе]\w*|южнокоре\w*|(?<!северн\w{0,3}\s)коре[яийюе]\w*|япони\w*|японск\w*|украин\w*|україн\w*|казахстан\w*|германи\w*|турци\w*|иран\w*|беларус\w*|белорусс\w*|монголи\w*)(?![\p{L}])";

    public static Country? FromRussian(string word)
    {
        foreach (var (stem, iso3) in RussianStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return ByIso3(iso3);
            }
        }

        return null;
    }

    /// <summary>
    /// Chinese (simplified and traditional): text → ISO3. Single characters, and 我国 ("our country"), only where a
    /// pattern places them: 华 after a preposition, 中 and 俄 in pair compounds, 美, 韩 and 日 after 对 in a balance (对美贸易顺差)
    /// and after 对, 自 or 从 before a flow (对美出口, 自美进口; not 对美元).
    /// </summary>
    public static readonly FrozenDictionary<string, string> Chinese = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["中华人民共和国"] = "CHN",
        ["中國"] = "CHN",
        ["中国"] = "CHN",
        ["中方"] = "CHN",
        ["我国"] = "CHN",
        ["北京"] = "CHN",
        ["华"] = "CHN",
        ["華"] = "CHN",
        ["中"] = "CHN",
        ["俄罗斯联邦"] = "RUS",
        ["俄罗斯"] = "RUS",
        ["俄羅斯"] = "RUS",
        ["俄方"] = "RUS",
        ["莫斯科"] = "RUS",
        ["俄"] = "RUS",
        ["美国"] = "USA",
        ["美國"] = "USA",
        ["美方"] = "USA",
        ["美"] = "USA",
        ["日本"] = "JPN",
        ["朝鲜"] = "PRK",
        ["朝鮮"] = "PRK",
        ["日方"] = "JPN",
        ["日"] = "JPN",
        ["韩国"] = "KOR",
        ["韓國"] = "KOR",
        ["韩方"] = "KOR",
        ["韓方"] = "KOR",
        ["韩"] = "KOR",
        ["韓"] = "KOR",
        ["印度"] = "IND",
        ["印"] = "IND",
        ["德国"] = "DEU",
        ["德國"] = "DEU",
        ["德"] = "DEU",
        ["哈萨克斯坦"] = "KAZ",
        ["哈"] = "KAZ",
        ["乌克兰"] = "UKR",
        ["烏克蘭"] = "UKR",
        ["蒙古"] = "MNG",
        ["蒙"] = "MNG",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// 华 only after a preposition (对华, 来华, 在华, 赴华); 中 and the partner's one character only in pair compounds
    /// (中俄, 俄中, 中美, 美中, 中日, 中韩, 中印, 中德, 中哈, 中蒙): "中美贸易额" read China and no partner (美 alone is in 美元,
    /// 日 in 13日); 乌 is Ukraine's and Uzbekistan's and is not read.
    /// </summary>
    public const string ChinesePattern = @"中华人民共和国|朝鲜|朝鮮|俄罗斯联邦|哈萨克斯坦|中國|中国|中方|北京|俄罗斯|俄羅斯|俄方|莫斯科|美国|美國|美方|日本|日方|韩国|韓國|韩方|韓方|印度|德国|德國|乌克兰|烏克蘭|蒙古|(?<=[对對来來在赴与與和同自从從])[华華]|(?<=[对對向自从從由])[美韩韓日](?=的?(?:出口|出货|出貨|输出|輸出|进口|進口|购买|購買|采购|採購|贸易|貿易|进出口|進出口))|中(?=[俄美日韩韓印德哈蒙])|(?<=中)[美日韩韓印德哈蒙]|[美韩韓印德哈蒙](?=中)|(?<=[俄美韩韓印德哈蒙])中|(?<![\d０-９一二三四五六七八九十])日(?=中)|俄";
}
