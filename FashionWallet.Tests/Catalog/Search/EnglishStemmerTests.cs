using FashionWallet.Catalog;

namespace FashionWallet.Tests.Catalog.Search;

/// <summary>Porter2 against pairs PostgreSQL's english_stem gives (ts_lexize), from the published sample vocabulary and the catalog's trade.</summary>
public sealed class EnglishStemmerTests
{
    private static readonly (string Word, string Stem)[] Pairs =
    [
        ("consign", "consign"), ("consigned", "consign"), ("consigning", "consign"), ("consignment", "consign"),
        ("consist", "consist"), ("consisted", "consist"), ("consistency", "consist"), ("consistent", "consist"),
        ("consistently", "consist"), ("consisting", "consist"), ("consists", "consist"), ("consolation", "consol"),
        ("consolations", "consol"), ("consolatory", "consolatori"), ("console", "consol"), ("consoled", "consol"),
        ("consoles", "consol"), ("consolidate", "consolid"), ("consolidated", "consolid"),
        ("consolidating", "consolid"), ("consoling", "consol"), ("consolingly", "consol"), ("consols", "consol"),
        ("consonant", "conson"), ("conspicuous", "conspicu"), ("conspiracy", "conspiraci"), ("conspire", "conspir"),
        ("constable", "constabl"), ("constant", "constant"), ("knack", "knack"), ("knackeries", "knackeri"),
        ("knave", "knave"), ("knavish", "knavish"), ("kneaded", "knead"), ("knelt", "knelt"), ("knife", "knife"),
        ("knightly", "knight"), ("knitted", "knit"), ("knitting", "knit"), ("knives", "knive"),
        ("knocker", "knocker"), ("knots", "knot"), ("generously", "generous"), ("cottons", "cotton"),
        ("skies", "sky"), ("skis", "ski"), ("dying", "die"), ("lying", "lie"), ("news", "news"),
        ("inning", "inning"), ("innings", "inning"), ("proceed", "proceed"), ("proceeding", "proceed"),
        ("generate", "generat"), ("generation", "generat"), ("communism", "communism"), ("communication", "communic"),
        ("arsenal", "arsenal"), ("fluently", "fluentli"), ("hopping", "hop"), ("tanned", "tan"),
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "tie"), ("cries", "cri"), ("gas", "gas"),
        ("gaps", "gap"), ("agreed", "agre"), ("feed", "feed"), ("bled", "bled"), ("luxuriate", "luxuri"),
        ("hopefulness", "hope"), ("goodness", "good"), ("formality", "formal"), ("sensitivity", "sensit"),
        ("sensibility", "sensibl"), ("triplicate", "triplic"), ("formalize", "formal"), ("electrical", "electr"),
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("hesitanci", "hesit"),
        ("digitizer", "digit"), ("conformabli", "conform"), ("radicalli", "radic"), ("differentli", "differ"),
        ("vileli", "vile"), ("analogousli", "analog"), ("vietnamization", "vietnam"), ("predication", "predic"),
        ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"),
        ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"), ("sensibiliti", "sensibl"),
        ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"), ("gyroscopic", "gyroscop"),
        ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"), ("replacement", "replac"),
        ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"), ("homologou", "homologou"),
        ("activate", "activ"), ("angulariti", "angular"), ("homologous", "homolog"),
        ("effective", "effect"), ("bowdlerize", "bowdler"), ("probate", "probat"), ("cease", "ceas"),
        ("controll", "control"), ("roll", "roll"), ("fluffy", "fluffi"), ("happily", "happili"), ("cry", "cri"),
        ("say", "say"), ("easily", "easili"), ("drapery", "draperi"), ("pleated", "pleat"),
        ("gathered", "gather"), ("crinkled", "crinkl"), ("stretched", "stretch"), ("ruched", "ruch"),
        ("smocked", "smock"), ("tailored", "tailor"), ("fitted", "fit"), ("lightweight", "lightweight"),
        ("embroidered", "embroid"), ("quilted", "quilt"), ("brushed", "brush"), ("mercerised", "merceris"), ("", ""),
        ("by", "by"), ("ok", "ok"),
    ];

    public static TheoryData<string, string> Samples => new(Pairs.Select(p => (p.Word, p.Stem)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Words_stem_as_postgresql_stems_them(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("", "")]
    [InlineData("by", "by")]
    [InlineData("ok", "ok")]
    public void Words_shorter_than_three_letters_are_left_alone(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));
}
