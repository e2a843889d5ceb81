"""Who said what in Persian, read from a sentence's opening words (no capitals tell a name)."""

import pytest

from rashomon.analyse.sentences import sentences
from rashomon.analyse.statements import statements
from rashomon.model import Article

BODY = ("میکو دران، وزیر دفاع هارنا، روز سه‌شنبه گفت که گذرگاه برای کامیون‌ها باز خواهد شد.\n\n"
        "آنا پیرل پس از دیدار به خبرنگاران گفت: «مردم دره به سوخت و دارو نیاز دارند.»\n\n"
        "پیرل افزود که کمک‌ها باید هر چه زودتر به دره برسد.\n\n"
        "وی همچنین گفت که مذاکرات هفته آینده ادامه خواهد یافت.\n\n"
        "این گفت‌وگو حدود یک ساعت طول کشید.\n\n"
        "به گفته وزارت خارجه، ده کامیون روز دوشنبه از مرز گذشتند.")


def said(ctx) -> list[tuple[str | None, str, str]]:
    article = Article(id="fa", source="t", format="text", body=BODY, language="fa")
    article = statements(sentences(article, ctx), ctx)
    return [(s.speaker_name, s.cue_word, BODY[s.content.start:s.content.end]) for s in article.statements]


def read(ctx, body: str) -> tuple:
    "The statements of a Persian article of this body."
    article = Article(id="fa", source="t", format="text", body=body, language="fa")
    return statements(sentences(article, ctx), ctx).statements


def speakers(ctx, body: str) -> list[str | None]:
    article = statements(sentences(Article(id="fa", source="t", format="text", body=body, language="fa"), ctx), ctx)
    return [s.speaker_name for s in article.statements]


def test_persian_statements_in_their_usual_phrasings(ctx):
    """A name and a title set off by commas; a name before the words of when and to whom; a lone surname
    as the full name given before; 'وی' as the last speaker; 'به گفته'; a conversation ('گفت‌وگو') says nothing."""
    assert said(ctx) == [
        ("میکو دران", "say", "گذرگاه برای کامیون‌ها باز خواهد شد"),
        ("آنا پیرل", "say", "«مردم دره به سوخت و دارو نیاز دارند.»"),
        ("آنا پیرل", "add", "کمک‌ها باید هر چه زودتر به دره برسد"),
        ("آنا پیرل", "say", "مذاکرات هفته آینده ادامه خواهد یافت"),
        ("وزارت خارجه", "according to", "ده کامیون روز دوشنبه از مرز گذشتند"),
    ]


def test_a_source_set_off_before_the_speaker_is_not_the_speaker(ctx):
    "'بر اساس اطلاعیه وزارت خارجه، دران ... گفت که ...': the ministry's notice is where it was read, Dran spoke."
    body = ("میکو دران، وزیر دفاع هارنا، به خبرنگاران گفت که گذرگاه باز است.\n\n"
            "بر اساس اطلاعیه وزارت خارجه هارنا، دران در این تماس گفت که ساکنان دره با کمبود سوخت روبه‌رو نیستند.")
    assert speakers(ctx, body) == ["میکو دران", "میکو دران"]


def test_reported_and_asked_are_verbs_of_saying_but_wanted_is_not(ctx):
    "'گزارش داده بود که ...' (had reported that), 'از ... خواست «...»' (asked ... to), not 'می‌خواست' (wanted)."
    body = ("آنا پیرل، بازرس حقوق بشر، روز دوشنبه گزارش داده بود که بیمارستان شهر ذخیره انسولین ندارد.\n\n"
            "میکو دران، وزیر دفاع هارنا، از هر دو طرف خواست «از اقدامات یک‌جانبه خودداری کنند».\n\n"
            "او می‌خواست روز بعد به شهر برود و با مردم دیدار کند.")
    article = statements(sentences(Article(id="fa", source="t", format="text", body=body, language="fa"), ctx), ctx)
    assert [(s.speaker_name, s.cue_word) for s in article.statements] == [("آنا پیرل", "say"), ("میکو دران", "call")]


def test_proposed_is_a_verb_of_saying(ctx):
    "'پیشنهاد داد ...' (proposed): what follows is what was proposed."
    body = "میکو دران، وزیر دفاع هارنا، پیشنهاد داد تا پایان ماه دست‌کم ۲۰ کامیون در روز از مرز عبور کند."
    article = statements(sentences(Article(id="fa", source="t", format="text", body=body, language="fa"), ctx), ctx)
    (found,) = article.statements
    assert found.speaker_name == "میکو دران" and body[found.content.start:found.content.end].startswith("تا پایان ماه")


def test_he_or_she_is_the_person_the_sentence_before_opened_with(ctx):
    """'وی گفت' and 'به گفته او' after a sentence that opened with a name and a title set off by commas are that
    person's words, though no one spoke before; a pronoun after that is the last speaker."""
    body = ("به گزارش رسانه‌های محلی، هشت معدنچی زخمی شده‌اند.\n\n"
            "آنا پیرل، نخست‌وزیر هارنا، دستور توقف همه فعالیت‌ها را صادر کرد. وی گفت: «هیچ معدنچی‌ای به زیر زمین "
            "نخواهد رفت.»\n\nبه گفته او، بازرسی‌ها یک ماه طول می‌کشد.")
    article = statements(sentences(Article(id="fa", source="t", format="text", body=body, language="fa"), ctx), ctx)
    assert [(s.speaker_name, body[s.speaker.start:s.speaker.end]) for s in article.statements] == [
        ("آنا پیرل", "وی"), ("آنا پیرل", "او")]


def test_he_or_she_is_whom_the_sentence_before_opened_with_by_the_surname_alone(ctx):
    """'وی گفت' after "دران شکست را نپذیرفت" (Doran did not accept defeat): the man named in full before, who
    opened the sentence, not the last speaker; "را" marks an object, who is no subject."""
    body = ("آنا پیرل، رئیس کمیسیون، گفت: «دور دوم آرام بود.» میکو دران، نامزد مخالفان، نتیجه را رد کرد. "
            "دران شکست را نپذیرفت. او مدعی است که هزاران نام به فهرست رأی‌دهندگان افزوده شده است. "
            "دران را پلیس بازداشت کرد. او گفت که بازداشت غیرقانونی بوده است.")
    assert speakers(ctx, body) == ["آنا پیرل", "میکو دران", "میکو دران"]


def test_he_is_whom_a_sentence_opening_with_the_surname_of_one_named_with_a_title_is_about(ctx):
    """'او گفت' after "دران شکست را نپذیرفت", where Doran was only named before with his title set off inside a
    sentence ("... و میکو دران، نامزد مخالفان، ..."): Doran, not the last speaker."""
    body = ("آنا پیرل، رئیس کمیسیون، گفت: «دور دوم آرام بود.» به گفته کمیسیون، بوران ۵۲ درصد و میکو دران، نامزد "
            "مخالفان، ۴۷ درصد آرا را به دست آورده‌اند. دران شکست را نپذیرفت. او گفت: «ما از هر رأی دفاع خواهیم کرد.»")
    assert speakers(ctx, body)[-1] == "میکو دران"


def test_a_common_word_opening_the_sentence_before_is_no_surname(ctx):
    "'مخالفان نتیجه را نپذیرفتند' (the opposition rejected the result): no person; 'او گفت' is the last speaker's."
    body = ("آنا پیرل، رئیس کمیسیون، گفت: «دور دوم آرام بود.» نامزد مخالفان حاضر نشد. "
            "مخالفان نتیجه انتخابات را نپذیرفتند. او گفت که شمارش آرا شفاف بوده است.")
    assert speakers(ctx, body) == ["آنا پیرل", "آنا پیرل"]


@pytest.mark.parametrize("body, expected", [
    # 'گفته بود: «...»' (had said) and 'این اقدام را «...» خواند' (called this step "...")
    ("آنا پیرل پیش از این دیدار به خبرنگاران گفته بود: «مردم دره به سوخت و دارو نیاز دارند.»\n\n"
     "میکو دران، وزیر دفاع هارنا، این اقدام را «چالشی مستقیم در برابر دادگاه» خواند.", ["say", "call"]),
    # the past perfect of a background paragraph: 'توصیف کرده بود' (had described), 'مدعی شده بود' (had claimed)
    ("آنا پیرل نیز توافق را «گام نخست و نه یک پیمان صلح» توصیف کرده بود.\n\n"
     "میکو دران در آن زمان مدعی شده بود هارنا ده خودروی زرهی را به شهر مرزی منتقل کرده است.", ["call", "claim"]),
])
def test_the_past_and_past_perfect_of_saying_and_calling_name_who_opens_the_sentence(ctx, body, expected):
    article = statements(sentences(Article(id="fa", source="t", format="text", body=body, language="fa"), ctx), ctx)
    assert [(s.speaker_name, s.cue_word) for s in article.statements] == list(zip(["آنا پیرل", "میکو دران"], expected))


def test_what_a_titled_person_announced_or_deemed_stands_before_the_verb(ctx):
    "'از ... خبر داد' (announced), '... را ... دانست' (deemed): between the title set off by commas and the verb."
    body = ("آنا پیرل، استاندار هارنا، از اسکان ۸۰۰ نفر در چادر خبر داد.\n\n"
            "میکو دران، وزیر دفاع هارنا، بستن گذرگاه را عامل کمبود سوخت در دره دانست.")
    article = statements(sentences(Article(id="fa", source="t", format="text", body=body, language="fa"), ctx), ctx)
    assert [(s.speaker_name, body[s.content.start:s.content.end]) for s in article.statements] == [
        ("آنا پیرل", "از اسکان ۸۰۰ نفر در چادر"), ("میکو دران", "بستن گذرگاه را عامل کمبود سوخت در دره")]


def test_says_and_claims_in_the_present_and_an_object_marked_by_ra_is_no_speaker(ctx):
    """'می‌گوید' (says) and 'مدعی است' (claims) are verbs of saying too; in 'دران بازشماری را «...» خواند' the
    recount, the object 'را' marks, is not part of the speaker's name."""
    body = ("آنا پیرل، شهردار دره، می‌گوید هیچ هشداری پیش از سیل به شهرداری نرسیده است.\n\n"
            "میکو دران، وزیر دفاع هارنا، مدعی است که کمک‌ها هفته آینده به دره می‌رسد.\n\n"
            "دران بازشماری را «سفیدشویی» خواند و اعلام کرد که شکایت خواهد کرد.")
    article = statements(sentences(Article(id="fa", source="t", format="text", body=body, language="fa"), ctx), ctx)
    assert [(s.speaker_name, s.cue_word) for s in article.statements] == [
        ("آنا پیرل", "say"), ("میکو دران", "claim"), ("میکو دران", "say")]


def test_this_and_a_noun_for_whom_the_text_spoke_of_is_read_as_a_pronoun(ctx):
    "'به گفته این دیپلمات فرونیایی، ...' (according to this Feronian diplomat): the diplomat named before."
    body = ("رنزو مالاترا، فرستاده ویژه فرونیا، از توافق استقبال کرد.\n\n"
            "به گفته این دیپلمات فرونیایی، دور دوم گفت‌وگوها ظرف دو هفته برگزار می‌شود.")
    assert speakers(ctx, body) == ["رنزو مالاترا"]


def test_a_title_first_then_the_name_set_off_by_commas_is_the_name(ctx):
    """'سخنگوی شرکت ...، میکو دران، ... گفت' (the company's spokesman, Miko Doran, said): Doran, and 'او افزود' after
    it is his too."""
    body = ("سخنگوی شرکت هیدرو-نوا، میکو دران، این ادعا را رد کرد و گفت سازمان آب ساعت ۲۱ از طریق خط اضطراری مطلع شده "
            "بود. او افزود باز کردن دریچه‌ها برای حفظ ایمنی سد «اجتناب‌ناپذیر» بود.")
    assert speakers(ctx, body) == ["میکو دران", "میکو دران"]


def test_he_after_a_sentence_that_names_a_person_with_a_title_and_speaks_no_one_s_words_is_that_person(ctx):
    """'این مبادله با میانجی‌گری ائرو کارتو، فرستاده ویژه نورالا، انجام شد. او ... گفت' (the exchange was mediated by
    envoy Eero Karto. He told reporters): Karto, not the last speaker."""
    body = ("آنا پیرل، کمیسر امور بازداشت‌شدگان، گفت ۱۱ شهروند به خانه بازگشته‌اند.\n\nاین مبادله با میانجی‌گری ائرو "
            "کارتو، فرستاده ویژه نورالا، انجام شد. او به خبرنگاران گفت: «امروز روز خوبی است، اما فقط روز اول است.»")
    assert speakers(ctx, body) == ["آنا پیرل", "ائرو کارتو"]


def test_a_title_alone_is_the_person_named_before_with_that_title(ctx):
    "'وزیر منابع آب زالوونیا افزود': the minister of water the article named; a title it never gave stays a title."
    named = "ایرنا دوبراش، وزیر منابع آب زالوونیا، روز دوشنبه گفت که دریچه‌ها بسته شده است. "
    said_by_title = "وزیر منابع آب زالوونیا افزود که کشورش سفیر کترانیا را احضار کرده است."
    assert speakers(ctx, named + said_by_title) == ["ایرنا دوبراش", "ایرنا دوبراش"]
    assert speakers(ctx, said_by_title) == ["وزیر منابع آب زالوونیا"]  # whole, with whose minister it is
    # two foreign ministers: the one of the country the words before the verb name
    both = ("ایرنا دوبراش، وزیر امور خارجه زالوونیا، روز دوشنبه با پاول کرن، وزیر امور خارجه کترانیا، دیدار کرد. "
            "وزیر امور خارجه زالوونیا افزود که کشورش سفیر کترانیا را احضار کرده است.")
    assert speakers(ctx, both)[-1] == "ایرنا دوبراش"


@pytest.mark.parametrize("body, speaker", [
    ("وزارت امور خارجه آذربایجان روز سه‌شنبه اعلام کرد که جاده برای همه وسایل نقلیه باز است.",
     "وزارت امور خارجه آذربایجان"),
    ("وزارت امور خارجه روسیه در بیانیه‌ای اعلام کرد که صلح‌بانان به وظایف خود عمل می‌کنند.", "وزارت امور خارجه روسیه"),
    ("سخنگوی وزارت امور خارجه آذربایجان گفت که ادعاهای محاصره بی‌اساس است.", "سخنگوی وزارت امور خارجه آذربایجان"),
    # ... to the end of its name in guillemets, not the gloss in brackets after it nor when it spoke
    ("گروه زیست‌محیطی «گیوا اسکایستوپه» (اسکایستوپه زنده) اعلام کرد که ماهیان مرده در طول رودخانه پیدا شده‌اند.",
     "گروه زیست‌محیطی «گیوا اسکایستوپه»"),
    ("گروه محیط‌زیستی «زیلونا» دیشب اعلام کرد که آلودگی رودخانه افزایش یافته است.", "گروه محیط‌زیستی «زیلونا»"),
    ("وزارت دفاع روسیه شامگاه سه‌شنبه اعلام کرد که صلح‌بانان به وظایف خود عمل می‌کنند.", "وزارت دفاع روسیه"),
    # a title up to its country, then the person who holds it
    ("سخنگوی وزارت امور خارجه روسیه ماریا زاخارووا گفت که مسکو با هر دو طرف در تماس است.", "ماریا زاخارووا"),
])
def test_a_body_is_named_with_whose_it_is(ctx, body, speaker):
    """'وزارت امور خارجه آذربایجان اعلام کرد': the ministry with its country, which its first three words leave out,
    so that two countries' foreign ministries are two speakers; not the day it spoke."""
    assert speakers(ctx, body) == [speaker]


def test_a_body_named_in_guillemets_is_read_whole(ctx):
    "'گروه زیست‌محیطی «زیلونا اولشا» اعلام کرد': the group's whole name, however many words, not its first three."
    assert speakers(ctx, "گروه زیست‌محیطی «زیلونا اولشا» اعلام کرد حسگرهای این گروه غلظت بنزن را ثبت کرده‌اند.") == \
        ["گروه زیست‌محیطی «زیلونا اولشا»"]
    assert speakers(ctx, "شرکت «ساکاوم کیمیکا» اعلام کرد که اتاق کنترل با شماره اضطراری تماس گرفته است.") == \
        ["شرکت «ساکاوم کیمیکا»"]


def test_what_a_body_passes_on_of_a_person_is_the_persons_through_the_body(ctx):
    "'وزارت ... اعلام کرد بایراموف گفت ...': Bayramov said it, as the ministry reported; a longer clause is the body's."
    body = "وزارت امور خارجه آذربایجان اعلام کرد بایراموف گفت ادعاها درباره محاصره و وضعیت انسانی پایه و اساسی ندارد."
    assert [(s.speaker_name, s.channel, body[s.content.start:s.content.end]) for s in read(ctx, body)] == \
        [("بایراموف", "وزارت امور خارجه آذربایجان", "ادعاها درباره محاصره و وضعیت انسانی پایه و اساسی ندارد")]
    longer = "وزارت امور خارجه روسیه اعلام کرد که مذاکرات ادامه خواهد یافت و لاوروف گفت آماده است."
    assert speakers(ctx, longer) == ["وزارت امور خارجه روسیه"]
    # whom he told it, after "به", between his name and the verb
    told = "وزارت خارجه جمهوری آذربایجان اعلام کرد بایراموف به همتای روس خود گفته است ادعاها درباره محاصره بی‌اساس است."
    assert [(s.speaker_name, s.channel) for s in read(ctx, told)] == [("بایراموف", "وزارت خارجه جمهوری آذربایجان")]
    # "به" (to, after) opening what the body said names no one: the body's own words
    after = "وزارت امور خارجه اعلام کرد به دنبال حمله به کاروان گفت که جاده باز است."
    assert [s.speaker_name for s in read(ctx, after)] == ["وزارت امور خارجه"]


def test_what_someone_stressed_stands_after_bar_before_the_verb(ctx):
    "'میرزویان بر بحران انسانی ... تاکید کرد': Mirzoyan stressed the crisis; the words after 'بر' are what he stressed."
    body = "آرارات میرزویان، وزیر امور خارجه ارمنستان، بر بحران انسانی ناشی از محاصره غیرقانونی تأکید کرد."
    assert [(s.speaker_name, s.cue_word, body[s.content.start:s.content.end]) for s in read(ctx, body)] == \
        [("آرارات میرزویان", "stress", "بحران انسانی ناشی از محاصره غیرقانونی")]


def test_a_name_ends_at_the_title_set_beside_it(ctx):
    "'ناصر کنعانی سخنگوی وزارت امور خارجه ایران گفت': Nasser Kanaani, not 'Nasser Kanaani spokesman'."
    assert speakers(ctx, "ناصر کنعانی سخنگوی وزارت امور خارجه ایران گفت تهران خواستار حل مسالمت‌آمیز اختلافات است.") \
        == ["ناصر کنعانی"]
    # ... and at a coordinator's or a chief executive's: "آیسل تقی‌یوا هماهنگ‌کننده این گروه گفت"
    assert speakers(ctx, "آیسل تقی‌یوا هماهنگ‌کننده این گروه گفت پساب معدن رودخانه را مسموم کرده است.") == \
        ["آیسل تقی‌یوا"]
    # ... but an expert's word is also a surname: "مهدی کارشناس گفت" is Mehdi Karshenas
    assert speakers(ctx, "مهدی کارشناس گفت پساب معدن رودخانه را مسموم کرده است.") == ["مهدی کارشناس"]


@pytest.mark.parametrize("body, who, what", [
    ("وزیر امور خارجه ارمنستان علاوه بر این بر ضرورت ادامه مذاکرات صلح تاکید کرد.", "وزیر امور خارجه ارمنستان",
     "ضرورت ادامه مذاکرات صلح"),
    ("میرزویان بنا بر گزارش‌ها بر ضرورت ادامه مذاکرات تاکید کرد.", "میرزویان", "ضرورت ادامه مذاکرات"),
])
def test_what_was_stressed_follows_the_last_bar_not_one_of_an_aside(ctx, body, who, what):
    "'علاوه بر این' (besides) and 'بنا بر گزارش‌ها' (according to reports) are asides; what was stressed follows 'بر'."
    assert [(s.speaker_name, body[s.content.start:s.content.end]) for s in read(ctx, body)] == [(who, what)]


def test_what_one_person_says_another_said_stays_the_first_ones(ctx):
    "'لاوروف گفت پاشینیان گفت ...': Lavrov's account of Pashinyan's words, not Pashinyan's statement."
    assert speakers(ctx, "لاوروف گفت پاشینیان گفت که جاده باز است.") == ["لاوروف"]


def test_a_dateline_a_day_and_our_countrys_title_are_no_part_of_the_speaker(ctx):
    """"تهران- ایرنا- ..." opens with where and which agency; «حسین والوی» روز دوشنبه ... names him, not the day;
    "وزیر امور خارجه کشورمان" (our country's foreign minister) ends at "کشورمان"."""
    body = ("تهران- ایرنا- وزیر امور خارجه کشورمان حمله به سفارت را محکوم کرد و تاکید کرد که مسئولیت این حمله "
            "متوجه آمریکا است.\n\n"
            "به گزارش ایرنا، «حسین والوی» روز دوشنبه در تماس تلفنی گفت: «این اقدام نقض قوانین بین‌المللی است.»\n\n"
            "اخبار سیاسی – به گزارش خبرگزاری تسنیم، روابط عمومی کل سپاه در اطلاعیه‌ای اعلام کرد: «عملیات پایان "
            "یافت.»")
    speakers = [s.speaker_name for s in read(ctx, body)]
    assert speakers == ["وزیر امور خارجه کشورمان", "حسین والوی", "روابط عمومی کل سپاه"]


def test_a_name_set_off_by_dashes_is_no_dateline(ctx):
    "'آرش کاویانی - سخنگوی دولت - ...': spaced dashes set off a title, not a place and an agency."
    body = "آرش کاویانی - سخنگوی دولت - روز سه‌شنبه گفت که مذاکرات ادامه دارد."
    assert "آرش کاویانی" in read(ctx, body)[0].speaker_name


def test_a_title_is_the_person_named_right_before_it_without_a_comma(ctx):
    "'میکو درانیان وزیر دفاع هارنا گفت ...' introduces Mikko Draniyan as the minister a later 'وزیر دفاع هارنا' is."
    body = ("میکو درانیان وزیر دفاع هارنا روز سه‌شنبه گفت که گذرگاه باز خواهد شد. "
            "وزیر دفاع هارنا افزود: «کامیون‌ها فردا می‌رسند.»")
    assert speakers(ctx, body) == ["میکو درانیان", "میکو درانیان"]


@pytest.mark.parametrize("before", ["وارد خاک ولموریا شد", "به کشور ولموریا رسید", "در شهر ولموریا بود"])
def test_a_country_that_speaks_alone_takes_no_word_of_land_before_its_name(ctx, before):
    "'ولموریا می‌گوید' after 'وارد خاک ولموریا شد' (entered Velmoria's soil) is Velmoria, not its soil."
    body = f"یک گشت مرزی {before} و آتش گشود. ولموریا می‌گوید این گشت حدود ۳۰۰ متر وارد خاک این کشور شد."
    assert speakers(ctx, body) == ["ولموریا"]


def test_he_is_whom_a_sentence_opening_with_the_surname_of_one_named_in_passing_is_about(ctx):
    """'ویالکین روایت تندتری ارائه کرد. او گفت ...' (Vyalkin gave a harsher account. He said): Vyalkin, named in full in
    passing before, not the last speaker; a common word opening the sentence is no one's surname."""
    body = ("لوناردی در گفت‌وگوی تئودور کالوانی و یوگنی ویالکین حضور داشت. کالوانی گفت که دو طرف توافق کردند. "
            "ویالکین روایت تندتری ارائه کرد. او گفت این محاصره را مقامات وارنزیا سازمان داده‌اند.")
    assert speakers(ctx, body) == ["تئودور کالوانی", "یوگنی ویالکین"]
    body = ("لوناردی در گفت‌وگوی تئودور کالوانی و یوگنی ویالکین حضور داشت. کالوانی گفت که دو طرف توافق کردند. "
            "درگیری‌ها از بامداد شنبه ادامه داشته است. او گفت این محاصره را مقامات وارنزیا سازمان داده‌اند.")
    assert speakers(ctx, body) == ["تئودور کالوانی", "تئودور کالوانی"]


def test_he_added_goes_on_with_who_spoke_not_with_one_the_sentence_before_was_about(ctx):
    body = ("تئودور کالوانی گفت که یوگنی ویالکین باید کناره‌گیری کند. ویالکین هفته گذشته استیضاح شده بود. "
            "او افزود که دولت دیگر به وی اعتماد ندارد.")
    assert speakers(ctx, body) == ["تئودور کالوانی", "تئودور کالوانی"]
