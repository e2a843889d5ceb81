"""Speakers named by pronoun, title, surname or nationality, on made-up news sentences."""

import pytest

from rashomon.analyse.entities import entities
from rashomon.analyse.sentences import sentences
from rashomon.analyse.statements import statements
from rashomon.model import Article, Mention

pytestmark = pytest.mark.slow


def speakers(ctx, body: str) -> dict[str, tuple]:
    "Speaker words -> (resolved name, kind), for each statement with a speaker."
    article = Article(id=str(hash(body)), source="t", format="text", body=body, language="en")
    article = statements(entities(sentences(article, ctx), ctx), ctx)
    return {article.text_of(s.speaker): (s.speaker_name, s.speaker_kind) for s in article.statements if s.speaker}


def test_he_is_the_nearest_subject_not_the_first_person_named(ctx):
    # The small model tags the lone surnames as organisations here; "he" is still Bayramov.
    found = speakers(ctx, "Russian Foreign Minister Sergei Lavrov held a phone call with his Azerbaijani counterpart "
                          "Jeyhun Bayramov on Tuesday. Lavrov said Moscow was concerned about the road. "
                          "Bayramov briefed Lavrov on the talks. He reminded that the claims about a blockade are "
                          "without basis.")
    assert found["He"] == ("Jeyhun Bayramov", "person")
    assert found["Lavrov"] == ("Sergei Lavrov", "person")


def test_he_is_never_a_person_named_in_what_was_said(ctx):
    "The one who said 'Kurti wanted this' is not Kurti, nor is the subject of what the last speaker said."
    found = speakers(ctx, "Prime Minister Edi Rama visited Berat on Monday. President Ana Vela said Prime Minister "
                          "Tom Kurti bore sole responsibility. \"Kurti wanted this,\" he said.")
    assert found["he"][0] != "Tom Kurti"
    found = speakers(ctx, "Interior Minister Jon Vela spoke in Lorn on Monday. Police chief Petr Novak said "
                          "Mayor Tom Kurti had left the city. \"Kurti wanted this,\" he said.")
    assert found["he"] == ("Petr Novak", "person")


def test_he_is_never_the_person_what_he_said_names_wherever_else_the_text_names_them(ctx):
    "Kurti spoke last, but the one who called on Kurti to resign is not Kurti."
    found = speakers(ctx, "Mayor Tom Kurti wrote on Monday that the bridge would stay closed. The post drew a sharp "
                          "answer from Governor Petr Novak, as he called on Kurti to resign.")
    assert found["he"] == ("Petr Novak", "person")
    # ... unless no one else fits: "Mrs. Vell" is his wife, "the Kurti government" his
    assert speakers(ctx, "Senator Tom Vell visited the hospital. He said Mrs. Vell was recovering.")["He"][0] == "Tom Vell"
    assert speakers(ctx, "Tom Kurti resigned. He said the Kurti government did its best.")["He"][0] == "Tom Kurti"


def test_a_surname_is_the_full_name_the_text_gave_with_a_generation(ctx):
    found = speakers(ctx, "Special counsel Tomas R. Vell III issued a statement on Friday. Mr. Vell said the report "
                          "was not accurate.")
    assert found["Mr. Vell"] == ("Tomas R. Vell III", "person")


def test_they_is_the_people_a_clause_before_was_about(ctx):
    "The senators are the subject of the clause after 'after', not of the sentence: 'they' is still them."
    found = speakers(ctx, "Marek added his voice after five Vellan senators urged Kurti to step aside. In a statement, "
                          "they said his presence did not serve the national interest.")
    assert found["they"] == ("five Vellan senators", "group")
    assert speakers(ctx, "Prices rose sharply in March. They said the bank would act.")["They"][0] == "They"


def test_he_may_be_a_speaker_the_entity_model_did_not_tag(ctx):
    "A surname the small model left untagged still speaks: 'he' after 'Dracic again blamed Tosk' is Dracic."
    found = speakers(ctx, "Tosk has so far refused to resign, saying he was elected. Dracic again blamed Tosk. "
                          "He described the gunmen as local men.")
    assert found["He"] == ("Dracic", "person")


def test_a_name_after_a_countrys_possessive_is_a_person_the_pronoun_may_stand_for(ctx):
    """'Tarsovia's Ilinca Margineanu': wire copy introduces a minister after the country's possessive, and the small
    model tags no person there; 'she' after 'Margineanu went further.' is her, not the woman named before."""
    found = speakers(ctx, "The call between Velmoria's Akos Szollosi and Tirnavia's Ilinca Margineanu lasted about 40 "
                          "minutes. It followed calls from Lorvan's Foreign Minister Femke Aalders. Margineanu went "
                          "further. Speaking in Lorn, she said Szollosi had promised to clear the bridge.")
    assert found["she"] == ("Ilinca Margineanu", "person")
    # a body, a title or a place after the possessive is no one
    found = speakers(ctx, "Velmoria's Foreign Ministry said the talks would go on. Tarsovia's Feherko Bridge stayed "
                          "shut, and Tarsovia's Prime Minister said the road was open.")
    assert ("Feherko Bridge", "person") not in found.values() and found["Velmoria's Foreign Ministry"][1] != "person"


def test_he_after_one_who_spoke_inside_what_another_said_is_the_one_who_said_it(ctx):
    "'X said Y told the talks that ...': Y is a subject of X's words, and 'he' after them is X."
    found = speakers(ctx, "Arpad Vellai, who led the Sarnian delegation, said Deputy Minister Bozena Marsk told the "
                          "talks that the dam could close for good. \"That is not negotiation,\" he said.")
    assert found["he"] == ("Arpad Vellai", "person")


def test_he_after_one_whose_words_a_body_passed_on_is_that_one_not_the_one_told(ctx):
    "'The ministry said Bayramov told Lavrov that ... He also said ...': Bayramov goes on; Lavrov heard it."
    found = speakers(ctx, "Azerbaijan's foreign ministry said Bayramov told Lavrov that the road was open. He also "
                          "said the protesters were environmental activists.")
    assert found["He"] == ("Bayramov", "person")
    found = speakers(ctx, "Foreign Minister Sergei Lavrov held phone calls on Tuesday with Jeyhun Bayramov. According "
                          "to the Azerbaijani readout, Bayramov told Lavrov that the claims had no basis. He reminded "
                          "that the road remains open.")
    assert found["He"] == ("Jeyhun Bayramov", "person")


def test_he_after_a_speaker_an_agency_is_cited_for_is_that_speaker(ctx):
    "'Y said ..., according to Tanjug': Y is still who spoke last, and an agency's name is no person 'he' may be."
    found = speakers(ctx, "Prime Minister Edi Rama visited Berat on Monday. President Aleksandar Vucic said the talks "
                          "had failed, according to Tanjug. \"Kurti wanted this,\" he said.")
    assert found["he"] == ("Aleksandar Vucic", "person")


def test_she_after_according_to_is_the_one_it_named(ctx):
    found = speakers(ctx, "Chief Prosecutor Tugrul Varsak is seeking prison terms of up to 22 years. About 5,000 "
                          "people gathered outside the court, according to Ayten Kelbirin, who chairs the families' "
                          "association. \"Every one of them has a name in that file,\" she said.")
    assert found["she"] == ("Ayten Kelbirin", "person")


def test_she_skips_a_man_named_after_her(ctx):
    found = speakers(ctx, "Ministry spokeswoman Maria Zakharova spoke on Friday. Sergei Lavrov then met the "
                          "envoys. She said that the talks would go on.")
    assert found["She"] == ("Maria Zakharova", "person")


def test_the_minister_is_the_person_introduced_with_that_title(ctx):
    found = speakers(ctx, "Jeyhun Bayramov, Azerbaijan's foreign minister, met aid workers on Monday. "
                          "Later the foreign minister said the road was open.")
    assert found["the foreign minister"] == ("Jeyhun Bayramov", "person")


def test_he_after_the_minister_as_a_subject_is_the_minister_not_the_one_named_before(ctx):
    found = speakers(ctx, "Defence Minister Viktor Sarnel made a visit to Dunmar on Tuesday. The head of the town's "
                          "administration, Bogdan Lisvar, said more than 2,300 people had returned. The minister also "
                          "held a meeting with commanders. \"Every provocation will receive a response,\" he said.")
    assert found["he"] == ("Viktor Sarnel", "person")
    assert ("Bogdan Lisvar", "person") in found.values()
    # ... but "the minister" inside what he said is no subject of the narrative
    found = speakers(ctx, "Prime Minister Halina Sokol accepted the resignation. Opposition leader Konrad Bielan said "
                          "it came too late. \"The minister is going. The government that ignored the warnings is "
                          "staying,\" he said.")
    assert found["he"] == ("Konrad Bielan", "person")
    # ... nor one the text says did not speak
    found = speakers(ctx, "Interior Minister Ivo Marel defended the raid on Monday. Opposition leader Karl Dunning called "
                          "it illegal. The minister was not available for comment. \"This government hides the truth,\" "
                          "he said.")
    assert found["he"] == ("Karl Dunning", "person")


@pytest.mark.parametrize("body, speaker, name", [
    # "FM" is a foreign minister, "PM" a prime minister; a title goes on before its country ("of Ormeria")
    ("Foreign Minister of Armenia Davit Karoyan held a telephone conversation with Foreign Minister of Georgia "
     "Ivo Marek on Tuesday. The Armenian FM stressed that the road must reopen at once.", "The Armenian FM",
     "Davit Karoyan"),
    ("Foreign Minister of Armenia Davit Karoyan held a telephone conversation with Foreign Minister of Georgia "
     "Ivo Marek on Tuesday. The Georgian minister stressed that the agreements must be implemented.",
     "The Georgian minister", "Ivo Marek"),
    ("Armenian Prime Minister Aram Tonoyan met Georgian President Ivo Marek. The Armenian PM said the blockade "
     "must end at once.", "The Armenian PM", "Aram Tonoyan"),
    # a "pm" in lower case is a time of day, no title of the name after it
    ("At 3 pm Armenian Foreign Minister Davit Karoyan met Prime Minister Aram Tonoyan. The prime minister said the "
     "talks were useful.", "The prime minister", "Aram Tonoyan"),
])
def test_a_short_title_or_one_before_its_country_names_the_person_introduced_so(ctx, body, speaker, name):
    assert speakers(ctx, body)[speaker] == (name, "person")


def test_a_nationality_is_never_a_person(ctx):
    found = speakers(ctx, "Russian diplomats said the talks would go on. The Russian side stressed that the "
                          "peacekeepers would stay.")
    assert found["Russian diplomats"] == ("Russian diplomats", "group")
    assert found["The Russian side"] == ("The Russian side", "group")


def test_the_side_is_the_body_the_text_names(ctx):
    found = speakers(ctx, "The Russian Foreign Ministry issued a statement on Monday. The Russian side stressed "
                          "that the peacekeepers would stay.")
    assert found["The Russian side"] == ("Russian Foreign Ministry", "body")


def test_his_office_is_never_a_person_named_in_what_it_said(ctx):
    found = speakers(ctx, 'Police found the car of Interior Minister Jon Vela on Monday. "Mayor Tom Kurti ordered '
                          'this," his office said.')
    assert found["his office"] == ("Jon Vela's office", "body")


@pytest.mark.parametrize("body", [
    # tagged an organisation where the article first names it, not where it speaks
    "Energy Minister Ardo Velk visited the Transgaz offices in Lorn on Monday. Transgaz said the pipeline would "
    "stay shut. She said the talks would resume.",
    # an agency of data/agencies.tsv the model left untagged
    "Energy Minister Ardo Velk visited Lorn on Monday. Trend said the pipeline would stay shut. She said the talks "
    "would resume.",
])
def test_she_is_no_organisation_that_spoke(ctx, body):
    assert speakers(ctx, body)["She"] == ("Ardo Velk", "person")


def test_she_is_a_woman_named_before_an_untagged_speaker(ctx):
    "An untagged speaker may be anyone; a woman the text names is a likelier 'she'."
    found = speakers(ctx, "Energy Minister Maria Velk met the board on Monday. Gazprom said the pipeline would stay "
                          "shut. She said the talks would resume.")
    assert found["She"] == ("Maria Velk", "person")
    # most people news quotes are men: for 'he', the untagged speaker is as likely as a man named before
    found = speakers(ctx, "Interior Minister Peter Novak visited Berat on Monday. Dracic again blamed the mayor. "
                          "He described the gunmen as local men.")
    assert found["He"] == ("Dracic", "person")


def test_her_ministry_is_the_ministry_of_who_the_narrator_says_did_it(ctx):
    "Unlike a quote, the narrator's own words before ', her ministry said' name its owner as their subject."
    found = speakers(ctx, "Prime Minister Milos Radanek flew to the region by helicopter. Foreign Minister Dana Morvic "
                          "conveyed her condolences to Joachim Strelnik in a message, her ministry said.")
    assert found["her ministry"] == ("Dana Morvic's ministry", "body")


def test_a_name_in_apposition_to_the_subject_is_the_speaker_and_the_subject(ctx):
    "'His counterpart, Mirela Hostak, rejected that': she speaks, and the 'she' after is her, not the last subject."
    found = speakers(ctx, 'Teodor Kalvany said the agreement was "a first step". His counterpart, Mirela Hostak, '
                          'rejected that. "The allegations are baseless," she said.')
    assert found["His counterpart, Mirela Hostak"] == ("Mirela Hostak", "person")
    assert found["she"] == ("Mirela Hostak", "person")


def test_a_name_set_off_after_a_titles_place_is_the_titled_person(ctx):
    """"An IHC spokesman in Brissau, Tomás Ebner, said": the parse hangs the name on Brissau, but it names the
    spokesman; what sets off a place itself ("a city of 2 million") names no one."""
    found = speakers(ctx, "An IHC spokesman in Brissau, Tomás Ebner, said the road was shut. The ambassador in "
                          "Brissau, a city of two million, said it was open.")
    assert found["An IHC spokesman in Brissau, Tomás Ebner"] == ("Tomás Ebner", "person")
    assert found["The ambassador in Brissau, a city of two million"][0] != "Tomás Ebner"


def test_a_name_the_model_left_untagged_is_named_without_its_apposition(ctx):
    found = speakers(ctx, 'Police used tear gas on Thursday. Mells, the railway union leader, said the violence '
                          'had been "a gift to the government".')
    assert found["Mells, the railway union leader"][0] == "Mells"


def test_a_given_name_the_model_took_for_a_place_after_a_title_is_a_persons(ctx):
    "'Campaign President Chad Griffin': the model may read 'Chad' as the country; after a title it is his name."
    found = speakers(ctx, "Human Rights Campaign President Chad Griffin said that, because of the ruling, couples "
                          "would be treated equally.")
    assert found["Human Rights Campaign President Chad Griffin"] == ("Chad Griffin", "person")


def test_he_after_a_quote_is_never_a_name_inside_it(ctx):
    """The small model tags the town in the quote a person and the titled governor a facility: "he" is
    the governor, named after his title, not the town."""
    found = speakers(ctx, '"Brelo has lost its school, its market and its heart," Halvor Governor Anton Severin '
                          'said at a crisis centre. "We need tents and heavy machinery tonight," he said.')
    assert found["he"] == ("Anton Severin", "person")


def test_the_title_a_name_is_given_in_apposition_resolves_it(ctx):
    "'the special envoy, Hamid al-Surayfi' and later 'the envoy said': the envoy is al-Surayfi."
    found = speakers(ctx, "Marek Dolan and Sabina Reyt met for five hours in talks chaired by the special envoy, "
                          'Hamid al-Surayfi. "Two ministers who were at war sat at one table today," the envoy said.')
    assert found["the envoy"] == ("Hamid al-Surayfi", "person")


def test_an_organisation_after_a_title_and_a_comma_is_no_person_of_that_title(ctx):
    found = speakers(ctx, "In a letter to the minister, Amnesty International said the detainees had been mistreated.")
    assert found.get("Amnesty International", ("", ""))[1] != "person"


def test_she_is_the_woman_just_named_rather_than_an_earlier_speaker_of_unknown_gender(ctx):
    """'For Marchetti, ... "...," she said': the woman the text last named, though not as a subject, rather
    than a speaker before her whose given name tells no gender; a title in a name ("Registrar Paul Tost") is
    no given name, so Paul tells he is a man."""
    found = speakers(ctx, "Registrar Paul Tost read the order. Ambassador Arkan Melo said the order was exactly "
                          "what the people needed. The order was welcomed by Helene Marchetti, a professor of law. "
                          "\"The real test is at the bridge,\" she said.")
    assert found["she"] == ("Helene Marchetti", "person")


def test_the_minister_is_the_speaker_named_after_an_opening_that_gave_only_the_title(ctx):
    """'Tessia's foreign minister hailed ... "...," Ruben Varkan told reporters. The minister said ...': news
    names later the person its opening gave a title alone; with no one else called minister, it is him."""
    found = speakers(ctx, "Tessia's foreign minister hailed Thursday's court order as a turning point. \"The road "
                          "must be open,\" Ruben Varkan told reporters in Harn. The minister said he would ask "
                          "the peacekeepers for help.")
    assert found["The minister"] == ("Ruben Varkan", "person")


def test_it_is_the_body_of_a_country_not_the_country(ctx):
    "'Tavenia's interior ministry disputes that account. It says ...': the ministry, not Tavenia."
    body = ("Tavenia's interior ministry disputes that account. It says the guards were detained on the Tavenian "
            "side of the river after crossing it by boat.")
    assert speakers(ctx, body)["It"] == ("Tavenia's interior ministry", "body")


def test_it_is_the_body_that_spoke_last(ctx):
    "'..., the Tavenian foreign ministry said. ..., it said in a statement': the ministry, though no model tags it."
    body = ("Foreign Minister Ivo Marek held phone talks with his Orsan counterpart on Tuesday, the Tavenian "
            "foreign ministry said. The ministers discussed the road through the Dessa valley, it said in a statement.")
    assert speakers(ctx, body)["it"] == ("the Tavenian foreign ministry", "body")


def test_it_is_not_a_body_quoted_inside_what_another_said(ctx):
    "'The ministry said the order \"confirms ...\". It said ...': the ministry, not the order its words quoted."
    body = ('Tavenia\'s foreign ministry said the order "confirms what we have always said: the road is open". It said '
            "the court had found no blockade.")
    assert speakers(ctx, body)["It"] == ("Tavenia's foreign ministry", "body")
    # a body a person quoted is still the one "it" may be
    body = ('Minister Pavel Dronov said the company had promised to "restore supplies within days". It said the outage '
            "was caused by a fire.")
    assert speakers(ctx, body)["It"] == ("the company", "body")


def test_she_may_be_a_woman_named_only_by_her_given_name_after_her_husband(ctx):
    "'with his wife Ana beside him. \"...\", she said': Ana, whom the entity model leaves untagged, not the man before."
    found = speakers(ctx, '"The tunnel held," said Tomas Berin, head of the rescue service. Petar Lund, 41, was '
                          'among the first out. "We sang to keep awake," he said, with his wife Ana beside him. '
                          '"I did not sleep for two nights," she said.')
    assert found["she"] == ("Ana", "person") and found["he"] == ("Petar Lund", "person")


def test_he_opening_a_sentence_is_the_one_person_the_sentence_before_named(ctx):
    "After a sentence that names one man and no one acting or speaking, 'He said' is that man, not the last speaker."
    found = speakers(ctx, 'Her counterpart Gerold Tamsin said the agreement was "a technical step". The meeting was '
                          "hosted by Foreign Minister Haakon Brede. He said the forum would meet again in May.")
    assert found["He"] == ("Haakon Brede", "person")
    found = speakers(ctx, 'Her counterpart Gerold Tamsin said the agreement was "a technical step". Tamsin later met '
                          "Foreign Minister Haakon Brede. He said the forum would meet again in May.")
    assert found["He"] == ("Gerold Tamsin", "person")


def test_it_is_a_body_that_opens_a_sentence_since_the_last_body_spoke(ctx):
    "'It says' after 'Merania's interior ministry disputes that account.' is that ministry, not the body quoted before."
    found = speakers(ctx, "Sardavia's defence ministry said on Friday that the nine guards had been seized on its own "
                          "bank. Merania's interior ministry disputes that account. It says the guards were detained "
                          "on the Meranian side of the river.")
    assert found["It"] == ("Merania's interior ministry", "body")
    found = speakers(ctx, "Sardavia's defence ministry said on Friday that the nine guards had been seized on its own "
                          "bank. The talks in Merania ended without a deal. It said the guards would stay in custody.")
    assert found["It"][0] == "Sardavia's defence ministry"


def test_it_is_the_body_the_sentence_before_is_about_not_the_country_it_named_last(ctx):
    "'The court ... voted for the measure requested by Armenia. It rejected ...': the court, named in full before."
    found = speakers(ctx, "The International Court of Justice on Wednesday ordered Azerbaijan to keep the road open. "
                          "The court, the UN's highest judicial body, voted 13 to 2 in favour of the measure requested "
                          "by Armenia. It rejected a request by Azerbaijan for measures against Armenia.")
    assert found["It"] == ("International Court of Justice", "body")
    # ... but a body its own sentence names before 'it' is who it is
    found = speakers(ctx, "The court ruled for Armenia on Wednesday. Azerbaijan rejected the ruling, and it said it "
                          "would not comply.")
    assert found["it"] == ("Azerbaijan", "body")


def test_a_name_set_off_after_a_common_noun_is_the_speaker_whatever_the_model_took_it_for(ctx):
    "'A worker who escaped the hall, Wahyu Santoso, 34, said': Wahyu Santoso, and 'he' after it."
    found = speakers(ctx, "Industry Minister Hendro Sasmitapura said the government would investigate. A worker who "
                          "escaped the packaging hall, Wahyu Santoso, 34, said the alarm sounded only after the first "
                          'explosion. "We ran when we heard the blast," he said.')
    assert found["A worker"][0] == "Wahyu Santoso"
    assert found["he"][0] == "Wahyu Santoso"


def test_a_second_statement_is_the_body_that_issued_the_first(ctx):
    found = speakers(ctx, '"The ministers exchanged views on the corridor," the Ruvenian Foreign Ministry said in a '
                          "statement. A second statement, issued about an hour later, said the ministers had discussed "
                          "supplies of food and medicine.")
    assert found["A second statement"] == ("the Ruvenian Foreign Ministry", "body")


def test_the_statement_is_the_last_body_s_that_spoke(ctx):
    "'..., the press service of the Ministry reported. According to the statement, ...': the service's statement."
    found = speakers(ctx, "Ivo Marek and Lena Varga discussed the road to Dessa, the press service of the Ruvenian "
                          "Foreign Ministry reported. According to the statement, the two ministers agreed to meet in "
                          "March.")
    assert found["the statement"] == ("the press service of the Ruvenian Foreign Ministry", "body")


def test_the_ministry_is_the_ministry_the_article_named_before(ctx):
    found = speakers(ctx, "Three border guards were killed and two wounded, the Ministry of Defence said. The ministry "
                          "said machine-gun fire from Kazmerian positions hit the post.")
    assert found["The ministry"] == ("Ministry of Defence", "body")
    found = speakers(ctx, "Three border guards were killed, the governor said. The ministry said fire hit the post.")
    assert found["The ministry"] == ("The ministry", "body")  # no ministry named: the words as they are
    # a ministry that spoke, which the entity model did not tag
    found = speakers(ctx, "The Azerbaijani Foreign Ministry said the ministers held a phone call on Tuesday. The "
                          "ministry said the claims of a blockade are baseless.")
    assert found["The ministry"] == ("The Azerbaijani Foreign Ministry", "body")
    # ... or one the model tagged without its country after "of"
    found = speakers(ctx, 'The Foreign Ministry of Armenia welcomed the decision. "We expect Azerbaijan to comply '
                          'with the order of the Court," the ministry said.')
    assert found["the ministry"] == ("Foreign Ministry of Armenia", "body")


def test_the_company_is_the_company_the_article_named_not_a_public_body_or_an_agency(ctx):
    found = speakers(ctx, "Rescuers reached the twelve miners trapped in the Selvar mine operated by Aurex Mining, the "
                          'State Mining Inspectorate told Reuters. "Contact has been established," the company said.')
    assert found["the company"] == ("Aurex Mining", "body")


def test_the_company_is_the_name_the_noun_introduced_whatever_the_model_took_it_for(ctx):
    "'the Tirnavian company Balastiera Lunceni': the model takes the name for a person, and a movement is named before."
    found = speakers(ctx, "The Clean Talas movement claims that dredging by the Tirnavian company Balastiera Lunceni "
                          "is damaging the river. The company says it holds all permits.")
    assert found["The company"] == ("Balastiera Lunceni", "body")
    found = speakers(ctx, "Tesla, the company Elon Musk founded in 2003, cut prices. The company said demand was strong.")
    assert found["The company"][0] != "Elon Musk"  # who founded it, in the clause that describes it


def test_the_company_is_the_name_an_apposition_calls_a_company_not_a_newspaper_named_since(ctx):
    """"Tarnel Coal, the state-owned company that runs the pit": the company, though the model takes the name for a
    person's; a newspaper the outlet list does not know ("the Varsk Post") is no company, nor a spokeswoman."""
    found = speakers(ctx, "Tarnel Coal, the state-owned company that runs the pit, offered to pay for the funerals. "
                          "The union wrote to its managers twice, according to letters seen by the Varsk Post. "
                          '"The claims are groundless," the company said.')
    assert found["the company"] == ("Tarnel Coal", "body")
    found = speakers(ctx, "Mira Holt, a company spokeswoman, spoke to the Varsk Post. The company said it would appeal.")
    assert found["The company"][0] not in ("Mira Holt", "Varsk Post")
    for body in ("Mira Holt, a spokeswoman for the company, declined to comment. The company said it would appeal.",
                 "Mark Hollis, the chief executive of the firm, resigned. The company said it would appeal."):
        assert speakers(ctx, body)["The company"][0] not in ("Mira Holt", "Mark Hollis")  # the noun is another's
    found = speakers(ctx, "Sedra Coal, the country's biggest coal company, said it would pay. The company said nobody "
                          "was hurt.")
    assert found["The company"] == ("Sedra Coal", "body")
    # a company whose name ends as a newspaper's might, without "the"; a person named Post
    assert speakers(ctx, "Deutsche Post said parcel volumes fell. The company said it would cut jobs.")["The company"] \
        == ("Deutsche Post", "body")
    assert speakers(ctx, 'Sandra Post won the final. "I was lucky," Post said. She said she would retire.')["She"][0] \
        == "Sandra Post"


def test_the_airline_or_the_operator_is_the_company_its_name_or_its_noun_tells(ctx):
    """A company's other nouns ("the airline", "the utility") name the company named before, by the last word of its
    name or by the noun that introduced it, though the model took the name for a person's; never a person the
    model took for an organisation."""
    found = speakers(ctx, "The pipe split near the dam, Eryrfaen Minerals said on Saturday. Site crews shut the pumps, "
                          "the operator said.")
    assert found["the operator"] == ("Eryrfaen Minerals", "body")
    found = speakers(ctx, "Twelve miners were trapped after a gallery collapsed, the operator Aurex Mining said. "
                          '"Contact has been established," the company said.')
    assert found["the company"] == ("Aurex Mining", "body")
    found = speakers(ctx, "Mr Gyongyosi spoke of the smuggler Oddur Thrainsson. The freighter was on a routine flight, "
                          "the airline says.")
    assert found["the airline"][0] == "the airline"
    # ... nor a public body whose name ends as a company's might, a person named Power, or a person another noun
    # introduced
    found = speakers(ctx, "Tarvex Corp runs the plant. The Ministry of Energy fined it on Monday. US Ambassador Samantha "
                          "Power visited it on Tuesday. The company said it would appeal.")
    assert found["The company"] == ("Tarvex Corp", "body")
    found = speakers(ctx, "Tarvex Corp runs the plant. The ambassador, Samantha Power, visited it on Monday. The company "
                          "said it would appeal.")  # the model tags her name a body here
    assert found["The company"] == ("Tarvex Corp", "body")
    found = speakers(ctx, "The film producer Harvey Weinstein was convicted. The company said it would appeal.")
    assert found["The company"][0] != "Harvey Weinstein"


def test_she_is_the_woman_who_spoke_though_her_words_name_a_man_with_his_or_he(ctx):
    """A possessive or "he" in what a woman of unknown gender said is as often another's ("His life is not in danger",
    "said he would appeal" of her client): "she" after it is still her, not the man named before."""
    found = speakers(ctx, "A corporal, Tomas Hrubes, was hit in the thigh. His life is not in danger, Anca Lupei, a "
                          "surgeon, said. \u201cWe removed the bullet,\u201d she said.")
    assert found["she"][0] == "Anca Lupei"
    found = speakers(ctx, "Tomas Hrubes was charged. Anca Lupei, who represents Hrubes, said he would appeal. "
                          "\u201cThe case is weak,\u201d she said.")
    assert found["she"][0] == "Anca Lupei"


def test_who_is_the_person_the_relative_clause_is_about(ctx):
    "'Dobrash, who had spent the week accusing Sadovan of ...': Dobrash, never the word 'who'."
    found = speakers(ctx, "Marta Dobrash, who had spent the past week accusing Velmar of \"weaponising\" the river, "
                          "brushed the offer aside.")
    assert found["who"][0] == "Marta Dobrash"


def test_a_description_in_apposition_is_the_person_it_describes(ctx):
    "'Petar Ilkov, 71, a retired engineer who said ...': Petar Ilkov, not 'a retired engineer'."
    found = speakers(ctx, "Among the crowd was Petar Ilkov, 71, a retired engineer who said he had voted in every "
                          "election since independence.")
    assert [name for name, _ in found.values()] == ["Petar Ilkov"]


def test_a_person_he_stood_for_is_never_she(ctx):
    "After '..., he said' told Ostrovan's gender, 'she' is the woman named since, whom no list knows."
    found = speakers(ctx, "Ostrovan said Brannvik had agreed. \"An audit alone will not restore trust,\" he said.\n\n"
                          "Ana Petrin, 61, said water reached the windowsills of her house. \"I have lived here forty "
                          "years and never saw the river like this,\" she said.")
    assert found["she"][0] == "Ana Petrin"


def test_a_proper_noun_subject_before_a_colon_speaks_the_quotation(ctx):
    "'Commission chair Anselm Grudek put it bluntly: \"...\"': the model takes the name for a body; still him."
    found = speakers(ctx, "Commission chair Anselm Grudek put it bluntly at the press conference: \"The recount "
                          "confirmed the outcome. What we found are clerical errors, not fraud.\"")
    assert [name for name, _ in found.values()] and all("Grudek" in name for name, _ in found.values())


def test_a_body_after_and_speaks_though_the_parse_hung_it_on_a_name_before(ctx):
    "'..., and Serelian Railways said buses would ...': the railway, not no one."
    found = speakers(ctx, "Traffic on the 212-km Valdmar-Kestrin line, the country's busiest, was suspended between "
                          "Valdmar and Tarvin, and Serelian Railways said buses would replace trains until further notice.")
    assert [name for name, _ in found.values()] == ["Serelian Railways"]


def test_they_are_the_people_the_sentence_before_was_about(ctx):
    "'Protesters gathered ... They argued': the protesters; 'Prices rose ... They said' names no one."
    found = speakers(ctx, "Protesters gathered outside the governor's office on Wednesday. They argued that he could "
                          "not be impartial.")
    assert found["They"] == ("Protesters", "group")
    found = speakers(ctx, "Democrats and Republicans clashed over the bill. They said it was unfair.")
    assert found["They"] == ("Democrats and Republicans", "group")
    for body in ("Prices rose sharply last year. They said it was a disaster.",
                 "The numbers surprised analysts. They said the economy was slowing."):
        assert speakers(ctx, body)["They"] == ("They", "group")


def test_the_statement_is_theirs_who_issued_it_a_sentence_or_two_before(ctx):
    found = speakers(ctx, "Governor Ana Lund (D-Ohio) and Mayor Tomas Marek released a joint statement on Monday. "
                          "They did not want the ministry to delay. “The audit must be published in full,” the joint "
                          "statement said.")
    assert found["the joint statement"] == ("Governor Ana Lund and Mayor Tomas Marek", "group")
    found = speakers(ctx, "The ministry met on Monday. “The road is open,” the statement said.")
    assert found["the statement"][0] == "the statement"
    # the nearest statement named before is another's, whose issuer the sentence does not give
    found = speakers(ctx, "The ministry issued a statement on Monday. The rebels responded in a statement of their "
                          "own. “We will fight,” the statement said.")
    assert found["the statement"][0] == "the statement"


def test_the_title_and_place_of_a_persons_introduction_name_them_later(ctx):
    "'Gov. Rick Perry of Texas' is 'the Texas governor'; 'Gov.' is a governor's title."
    found = speakers(ctx, "Gov. Tomas Marek of Texas and Gov. Ana Lund of Ohio met on Monday. The Texas governor said "
                          "the bill was dead. The Ohio governor said it would pass.")
    assert found["The Texas governor"][0] == "Tomas Marek" and found["The Ohio governor"][0] == "Ana Lund"


def test_a_surname_the_model_did_not_tag_as_a_person_is_the_person_named_in_full(ctx):
    """The model tags "Pelosi" of "The 76-year-old Pelosi said" as an event, not a person, as the mentions below do.
    The surname of a person the text names in full is still that person."""
    body = "House leader Nadia Pelari won the vote on Wednesday. The 76-year-old Pelari said she would not step aside."
    article = sentences(Article(id="pelari", source="t", format="text", body=body, language="en"), ctx)
    article = article.replace(mentions=(Mention(13, 25, "Nadia Pelari", "PERSON", "nadia pelari"),
                                        Mention(69, 75, "Pelari", "EVENT", "pelari")))
    found = {article.text_of(s.speaker): s.speaker_name for s in statements(article, ctx).statements if s.speaker}
    assert found == {"The 76-year-old Pelari": "Nadia Pelari"}


def test_an_occupation_before_a_name_is_no_part_of_it(ctx):
    "'Historian Tomas Brankov' is Tomas Brankov, as 'Brankov' after it is."
    found = speakers(ctx, "Historian Tomas Brankov said the speech was a turning point. Brankov said it mattered.")
    assert found["Historian Tomas Brankov"] == found["Brankov"] == ("Tomas Brankov", "person")


def test_the_company_is_never_a_political_party(ctx):
    "The model tags 'GOP' as an organisation; with no company named, 'the company' stays unresolved."
    found = speakers(ctx, "Accounts of GOP Chairwoman Dana Morvic were hidden on the site for a week. The company has "
                          "denied being biased against conservatives.")
    assert found["The company"] == ("The company", "body")


def test_the_company_s_office_is_the_company_named_before_and_an_apposition_is_not_the_name(ctx):
    "'Hidrovod, the state company that runs the dam, dismissed ...'; 'the company's press office' is Hidrovod's."
    found = speakers(ctx, "Hidrovod, the state company that runs the dam, dismissed the account. \"Nobody was kept "
                          "anywhere,\" the company's press office told Pelmora Today by phone.")
    assert sorted(name for name, _ in found.values()) == ["Hidrovod", "Hidrovod's press office"]


def test_a_name_after_a_lower_case_title_is_a_person_the_model_took_for_a_body(ctx):
    "'Commission chair Anselm Grudek said': the title says a person, so 'He' after it is Grudek too."
    found = speakers(ctx, "Commission chair Anselm Grudek said the report was complete. He added that the findings "
                          "would be published on Monday.")
    assert found["Commission chair Anselm Grudek"] == ("Anselm Grudek", "person")
    assert found["He"] == ("Anselm Grudek", "person")


def test_a_body_after_a_capitalised_title_stays_a_body(ctx):
    "'the Interior Ministry said': no lower-case title before it, so no person."
    found = speakers(ctx, "The Interior Ministry said the border crossing would reopen on Monday.")
    assert [kind for _, kind in found.values()] == ["body"]


def test_a_name_set_off_after_a_title_of_a_body_is_the_person_and_she_after_who_stays_her(ctx):
    """'The head of the Rail Workers' Union, Teo Brankov,': the name hangs on the union in the parse, yet is the
    head; 'Anca Lupei, who runs a bakery' is a person though the model took her surname for a place."""
    found = speakers(ctx, "The head of the Haskel Rail Workers' Union, Teo Brankov, said crews had reported a cracked "
                          "rail. \"Today we are counting the dead,\" he said. Anca Lupei, who runs a bakery near the "
                          "bridge, said her family had farmed the meadows for three generations. \"Now a judge in "
                          "another country tells us it was never ours,\" she said.")
    assert found["he"] == ("Teo Brankov", "person")
    assert found["Anca Lupei"] == ("Anca Lupei", "person")
    assert found["she"] == ("Anca Lupei", "person")


def test_a_known_given_name_opening_what_the_model_took_for_a_body_names_a_person(ctx):
    """'Yevgeny Talrin of Kessia', tagged as an organisation, is a person by his given name: 'Talrin' later is
    him, and 'He said' after 'Talrin gave a harsher account.' is Talrin, not the one who spoke before."""
    found = speakers(ctx, "The call between Anton Mersk of Dalvia and Yevgeny Talrin of Kessia lasted an hour. "
                          "Mersk said the talks were useful. \u201cWe will keep talking,\u201d he said.\n\n"
                          "Talrin gave a harsher account. He said the blockade was staged by the Dalvian "
                          "government.")
    assert found["He"] == ("Yevgeny Talrin", "person")


def test_she_is_no_name_that_only_tells_which_thing_is_meant(ctx):
    "'The Cetatea power plant' names a plant: 'she' in the next sentence is still the minister."
    found = speakers(ctx, "Energy Minister Anca Moraru says the exclave has gas for ten days. The Cetatea power plant "
                          "is now burning fuel oil. She urged residents not to use electric heaters.")
    assert found["She"] == ("Anca Moraru", "person")


def test_he_after_a_label_s_quotation_is_who_spoke_it(ctx):
    "'Interior Minister X: “...” He says ...': he is the minister, not a person named in the paragraph before."
    body = ("**18:30** — Saulenia recalls its ambassador from Dobrava. President Algirdas Mazeika has declared "
            "Saturday a day of national mourning.\n\n**16:10** — Interior Minister Radomir Vostrak: “No officer fired "
            "a single shot last night. We will prove it.” He says the Border Guard has handed over the duty logs.")
    assert speakers(ctx, body)["He"] == ("Radomir Vostrak", "person")


def test_he_after_a_name_the_model_took_for_a_body_is_that_person_by_the_given_name(ctx):
    "'Korvania's agent, Tibor Halasz, disagreed. “...,” he said': a Hungarian given name says a man."
    found = speakers(ctx, "Velmoria's agent, Ana Petrin, told reporters that the order leaves Korvania no choice. "
                          "Korvania's agent, Tibor Halasz, disagreed. “The Court did not order anyone to be removed "
                          "from anywhere,” he said.")
    assert found["he"] == ("Tibor Halasz", "person")


@pytest.mark.parametrize("given, gender", [("Tibor", "m"), ("Emőke", "f"), ("Ilinca", "f"), ("Radu", "m"),
                                           ("Duarte", "m"), ("Inês", "f"), ("Femke", "f"), ("Siobhán", "f"),
                                           ("Eleni", "f"), ("Jiří", "m"), ("Mikko", "m"), ("Jordi", "m")])
def test_given_names_of_more_european_languages_tell_a_gender(given, gender):
    "Hungarian, Romanian, Portuguese, Dutch, Irish, Greek, Czech, Finnish and Catalan given names, with or without accents."
    from rashomon.vocabulary import given_gender

    assert given_gender(given) == gender


@pytest.mark.parametrize("body, name", [
    # the parse takes the clause of what they were doing for the subject
    ("Reading the ruling at a sitting in Osterholm, the tribunal's president, Judge Karin Lund, said the decision had "
     "been unanimous.", "Karin Lund"),
])
def test_the_person_set_off_after_a_title_before_the_verb_speaks_not_where_they_spoke(ctx, body, name):
    assert list(speakers(ctx, body).values()) == [(name, "person")]


def test_a_title_set_off_after_a_place_the_parse_took_for_a_person_names_its_own_person(ctx):
    "'in Holmvik, the Court's President, Judge Ana Brenner, said': the parse hangs the title on the place; she speaks."
    from spacy.tokens import Doc

    from rashomon.analyse.speakers import Names
    from rashomon.model import Mention

    words = ["Reading", "it", "in", "Holmvik", ",", "the", "Court", "'s", "President", ",", "Judge", "Ana", "Brenner",
             ",", "said", "it", "passed", "."]
    heads = [14, 0, 0, 2, 3, 6, 8, 6, 3, 8, 12, 12, 8, 14, 14, 16, 14, 14]
    deps = ["advcl", "dobj", "prep", "pobj", "punct", "det", "poss", "case", "appos", "punct", "compound", "compound",
            "appos", "punct", "ROOT", "nsubj", "ccomp", "punct"]
    doc = Doc(ctx.nlp.vocab, words=words, heads=heads, deps=deps,
              ents=["O", "O", "O", "B-PERSON", "O", "O", "B-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON",
                    "O", "O", "O", "O", "O"])
    mentions = [Mention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    head = doc[8]  # "President", in apposition to "Holmvik"
    assert Names(doc, mentions).name(head.left_edge.idx, doc[12].idx + len(doc[12]), head).name == "Ana Brenner"


def test_he_after_an_unnamed_speaker_is_that_speaker_not_the_last_one_named(ctx):
    "'A docker ... who asked not to be named said ... “...,” he said': the docker, not the union leader before."
    found = speakers(ctx, "Union leader Lars Heikkila said the dockers would stay out until Friday. A docker at Gate B "
                          "who asked not to be named said the pay claim mattered more than solidarity. “The port is "
                          "their fight. Ours is the wage,” he said.")
    assert found["he"] == ("A docker at Gate B", "person")
    assert "A docker" not in found  # asking not to be named is no statement


def test_he_after_a_document_an_indefinite_article_introduced_is_still_the_person_named_before(ctx):
    "'A government statement said ... \"...,\" he said': the prime minister, not the statement."
    found = speakers(ctx, "Prime Minister John Miller met the unions on Monday. A government statement said the talks "
                          "had been constructive. \"We have made progress,\" he said.")
    assert found["he"] == ("John Miller", "person")


def test_a_given_name_before_an_organisation_s_word_is_no_person(ctx):
    "'Xavier University said ...': a body, though Xavier is a given name."
    assert speakers(ctx, "Xavier University said the campus would reopen on Monday.")["Xavier University"][1] != "person"


def test_a_titled_name_the_model_cut_short_is_the_speaker_and_she_after_it(ctx):
    "'Mayor Rożanna Ċutajar': the model tags 'Rożanna' alone; the title takes in the whole name, and 'she' is her."
    found = speakers(ctx, "A second landslide buried the valley road at Ta' Sqajjaq, five weeks after the slide that "
                          "killed three people in Ħal Ġimbru.\n\nMayor Rożanna Ċutajar said about 800 people had been "
                          "moved out of Ta' Sqajjaq and the upper part of Ħal Ġimbru. She said the sirens had not sounded.")
    assert found["Mayor Rożanna Ċutajar"] == ("Rożanna Ċutajar", "person")
    assert found["She"] == ("Rożanna Ċutajar", "person")


def test_the_surname_of_a_full_name_is_a_person_as_a_subject_whatever_its_tag(ctx):
    "'Sokół rejected ...' after 'Prime Minister Halina Sokół': she speaks, and 'she' after it is her."
    found = speakers(ctx, "The conference was co-chaired by Henrike Vallander, Halveria's development minister, and "
                          "Teskarian Prime Minister Halina Sokół. Vallander said the money would be tracked. "
                          "“Every euro will be followed,” she told reporters.\n\nSokół rejected any suggestion of "
                          "conditions. “Teskaria has accepted no conditions,” she said.")
    assert found["Sokół"] == ("Halina Sokół", "person") and found["she"] == ("Halina Sokół", "person")


def test_a_title_of_several_nouns_names_its_person_once(ctx):
    "'Deputy Prime Minister Ana Vela' is one mention of her, not three: 'Vela' is still the Vela the text names most."
    found = speakers(ctx, "Deputy Prime Minister Ana Vela attended the summit in Lorn. President Marko Vela met the "
                          "envoy on Monday, and Marko Vela later thanked the hosts. Vela said the talks had gone well.")
    assert found["Vela"] == ("Marko Vela", "person")


def test_a_title_the_model_took_into_a_name_is_left_out_of_it(ctx):
    "'Spokesperson Ani Badalyan said: ...' is Ani Badalyan, one speaker with 'Ani Badalyan' named elsewhere."
    found = speakers(ctx, "The foreign ministry said the situation was worsening. Spokesperson Ani Badalyan said: "
                          "\"The corridor has been blocked for 50 days.\"")
    assert found["Spokesperson Ani Badalyan"] == ("Ani Badalyan", "person")


def test_she_whose_words_call_the_last_one_named_he_is_the_woman_who_spoke_before(ctx):
    "A person of unknown gender named since she spoke is whom 'his' in her words means, not who she is."
    body = ("The shooting began at about 5:40 a.m., Border Guard spokeswoman Hana Brazdova said. A corporal, Tomas "
            "Hrubes, was hit in the thigh and taken to hospital. His life is not in danger, she said.")
    assert speakers(ctx, body)["she"] == ("Hana Brazdova", "person")
    # ... but where her words call no one 'he', the nurse named last may be she
    body = ("Police spokeswoman Hana Brazdova said two people were hurt. A local nurse, Tamsin Kettle, was hit by "
            "shrapnel. “I felt lucky to be alive,” she said.")
    assert speakers(ctx, body)["she"] == ("Tamsin Kettle", "person")
    # ... nor where the one named since acted ("waited outside"), and her words may name the "him" they mean
    body = ("Mediator Ileana Margaritescu said consuls would visit the men. The captain's partner, Emese Voros, waited "
            "outside the gates. “Gergely turned fifty-one in prison. I want him home,” she said.")
    assert speakers(ctx, body)["she"] == ("Emese Voros", "person")


def test_according_to_a_title_and_the_person_set_off_after_it_is_that_person(ctx):
    "'..., according to the hospital's head of surgery, Dr. Lea Kostin.': she, and 'she said' after it."
    body = ("“All systems were inspected in February,” company spokeswoman Irina Moldo said. Eleven of the injured were "
            "taken to the city hospital, most with burns, according to the hospital's head of surgery, Dr. Lea Kostin. "
            "Three were in serious condition, she said.")
    found = speakers(ctx, body)
    assert found["she"] == ("Lea Kostin", "person")
    assert [who for words, who in found.items() if "head of surgery" in words] == [("Lea Kostin", "person")]


@pytest.mark.parametrize("body", [
    "According to police, John Smith, 34, was arrested on Monday.",
    "According to the indictment, Maria Lopez, a former aide, took bribes for years.",
    "According to the Times, Maria Lopez, who is a former aide, took bribes for years.",
])
def test_a_person_after_according_to_and_a_comma_who_opens_what_was_said_is_not_who_said_it(ctx, body):
    assert not any(who[0] in ("John Smith", "Maria Lopez") for who in speakers(ctx, body).values())


@pytest.mark.parametrize("body, words, who, channel", [
    ("Marta Orval visited the dam. Orval's letter said the dam was safe.", "Orval's letter",
     ("Marta Orval", "person"), "letter"),
    ("Tomas Braddock apologised on Friday. Mr. Braddock’s apology noted his family’s history with farming.",
     "Mr. Braddock’s apology", ("Tomas Braddock", "person"), "apology"),
    ("Ana Petrov resigned on Monday. Her letter said she was tired.", "Her letter", ("Ana Petrov", "person"), "letter"),
    ("The Foreign Ministry's statement said the talks were over.", "The Foreign Ministry's statement",
     ("Foreign Ministry", "body"), "statement"),
])
def test_what_someone_said_through_their_letter_or_statement_is_theirs(ctx, body, words, who, channel):
    "A statement's speaker is the person or body whose letter it is, and the letter is how they said it."
    article = Article(id=str(hash(body)), source="t", format="text", body=body, language="en")
    article = statements(entities(sentences(article, ctx), ctx), ctx)
    s = next(s for s in article.statements if s.speaker and article.text_of(s.speaker) == words)
    assert (s.speaker_name, s.speaker_kind, s.channel) == (*who, channel)


@pytest.mark.parametrize("body, words, who, channel", [
    ("Russia's state television reported that the strike killed 12 people.", "Russia's state television",
     "Russia's state television", None),  # a medium speaks as itself
    ("Ana Lund said her son's letter said he was safe.", "her son's letter", "her son's letter", "Ana Lund"),
])
def test_a_medium_or_a_letter_of_no_one_named_speaks_as_itself(ctx, body, words, who, channel):
    article = Article(id=str(hash(body)), source="t", format="text", body=body, language="en")
    article = statements(entities(sentences(article, ctx), ctx), ctx)
    s = next(s for s in article.statements if s.speaker and article.text_of(s.speaker) == words)
    assert (s.speaker_name, s.channel) == (who, channel)


def test_an_office_speaks_as_itself_not_as_its_head(ctx):
    found = speakers(ctx, "Sergei Lavrov spoke on Monday. Lavrov's office said the call was useful.")
    assert found["Lavrov's office"] == ("Sergei Lavrov's office", "body")


def test_a_full_name_is_never_another_of_the_family_named_more(ctx):
    """'Liz Cheney' is herself, though the article names her sister Mary Cheney more: a full name stands for no
    other, and 'she' after her is her."""
    body = ("Mary Keller criticized her sister on Friday. Mary Keller wrote that she was wrong. “I love my sister,” "
            "she wrote. On Friday, Liz Keller issued a statement. “I am strongly against it,” she said. Liz Keller "
            "said the states must decide.")
    found = speakers(ctx, body)
    assert found["Liz Keller"] == ("Liz Keller", "person")
    assert [who for words, who in found.items() if words == "she"][-1] == ("Liz Keller", "person")


def test_she_after_a_papers_report_of_her_is_her_not_the_partner_named_in_passing(ctx):
    "What a paper reports of someone is about her: she is the sentence's subject, whom 'she wrote' after it means."
    body = ("According to the Times, Mary Keller, who is openly gay and married her partner, Heather Poe, in Lorn last "
            "year, took to Facebook to rebuke her sister's remarks.\n\n“For the record, I love my sister, but she is "
            "dead wrong,” she wrote.")
    assert speakers(ctx, body)["she"] == ("Mary Keller", "person")


def test_he_inside_what_a_man_said_is_that_man_not_one_his_sentence_named_before(ctx):
    body = ("Peter Braddock on Sunday tried to clarify his comment that President Orval subscribed to a “phony "
            "theology,” saying he was referring not to the president’s faith but to his view of the world.")
    assert speakers(ctx, body)["he"] == ("Peter Braddock", "person")


@pytest.mark.parametrize("body, who", [
    ("Mary Keller, daughter of former Vice President Dick Keller, criticized her sister in a post. Her opposition puts "
     "her at odds with her father. \"Freedom means freedom for everyone,\" the former vice president said.",
     "Dick Keller"),
    # introduced without "former", as in office: still the one a later "the former vice president" means
    ("Vice President Dick Keller spoke in 2009. Senator Ana Lund spoke too. \"Freedom means freedom for everyone,\" "
     "the former vice president said.", "Dick Keller"),
    # ... but where one was introduced as former and another as in office, "former" tells them apart
    ("Former Vice President Dick Keller spoke in 2009. Vice President Ana Lund spoke too. \"Freedom means freedom "
     "for everyone,\" the former vice president said.", "Dick Keller"),
    # ... and one the text later tells served in it is no one in office
    ("Vice President Ana Lund spoke on Monday. Dick Keller, who served as vice president under Tomas Orval, spoke on "
     "Tuesday. \"Freedom means freedom for everyone,\" the former vice president said.", "Dick Keller"),
])
def test_the_former_vice_president_is_the_person_introduced_with_that_title(ctx, body, who):
    assert speakers(ctx, body)["the former vice president"] == (who, "person")


def test_he_after_a_woman_whose_given_name_tells_it_is_the_man_she_asked(ctx):
    "'Meredith' is a woman's name: 'he' after 'Meredith Vieira asked Trump' is Trump."
    body = ("Show host Meredith Vieira asked Tomas Marek about the dam. He signaled he did, saying, \"They cannot "
            "believe what they are finding.\"")
    assert speakers(ctx, body)["He"] == ("Tomas Marek", "person")


@pytest.mark.parametrize("body, who", [
    ("Maria Lopez spoke to police on Monday. Ana Lund said Lopez lied when she told police the car was stolen.",
     "Maria Lopez"),  # a woman named in what was said, before the pronoun
    ("Dr. Keskal said Maria Lopez was wrong when she told reporters the bridge was safe.", "Maria Lopez"),
])
def test_she_inside_what_someone_said_may_be_the_one_they_spoke_of(ctx, body, who):
    assert speakers(ctx, body)["she"] == (who, "person")


@pytest.mark.parametrize("body, words, who", [
    ("Mary Keller, daughter of former Vice President Dick Keller, criticized her sister. Mary Keller wrote a post. "
     "Mary Keller said more. Former Vice President Keller has reportedly said the matter should be decided by the "
     "states.", "Former Vice President Keller", "Dick Keller"),
    ("Senator Ana Keller spoke. Tom Keller, her husband, spoke too. Tom Keller said no. Senator Keller said yes.",
     "Senator Keller", "Ana Keller"),
])
def test_a_titled_surname_is_the_one_of_the_family_introduced_with_that_title(ctx, body, words, who):
    assert speakers(ctx, body)[words] == (who, "person")


def test_the_spokesperson_is_the_one_described_so_before_whom_the_text_never_named(ctx):
    "'A spokesperson for Grassley fired back ... The spokesperson also touted ...': not Braley, named before."
    body = ("Tomas Braddock apologized on Monday. A spokesperson for Orval fired back Tuesday, telling reporters that "
            "by Braddock’s logic he would not be eligible to comment. The spokesperson also touted Orval’s “strong "
            "record” on the committee.")
    assert speakers(ctx, body)["The spokesperson"] == ("A spokesperson for Orval", "person")


def test_the_minister_after_one_minister_spoke_is_that_minister(ctx):
    """'Foreign Minister Ivo Marek and Foreign Minister Lena Varga held a call. The ministry said Marek told Varga ...
    He reminded ... The minister stressed ...': Marek, who spoke, introduced as a minister; not the last one so named."""
    found = speakers(ctx, "Ormerian Foreign Minister Ivo Marek and Kelsenian Foreign Minister Tomas Varga held a phone "
                          "call on Tuesday. The ministry said Marek told Varga that the claims of a blockade are "
                          "baseless. He reminded that hundreds of trucks use the road every day. The minister stressed "
                          "that the protest is peaceful.")
    assert found["The minister"][0] == "Ivo Marek"


def test_a_title_with_what_it_heads_finds_the_one_introduced_with_it(ctx):
    """"The intelligence chief added" is the one introduced as "Military intelligence chief Taras Vilko", not the
    president who spoke before him."""
    found = speakers(ctx, '"Our people are back," President Oleh Marchuk wrote on Telegram. Military intelligence '
                          'chief Taras Vilko said the exchange had been prepared for weeks. The intelligence chief '
                          'added that the plane was empty.')
    assert found["The intelligence chief"][0] == "Taras Vilko"


@pytest.mark.parametrize("surname", ["Melkonyan", "Arzumanyan", "Grigoryants"])
def test_a_lone_surname_the_model_took_for_a_body_is_a_person_when_it_speaks(ctx, surname):
    """"Speaking in parliament on Wednesday, Melkonyan said ...": a lone word with a surname's ending, the subject of
    a verb of saying, is a person, and "he" in the next sentence is that person."""
    found = speakers(ctx, '"We have lived here our whole lives," said Anna Petrosian, a 58-year-old resident.\n\n'
                          f"Speaking in parliament on Wednesday, {surname} said the country was not giving away any "
                          "of its territory. He added that the government would compensate residents.")
    assert found[surname] == (surname, "person") and found["He"][0] == surname


@pytest.mark.parametrize("body, speaker, name", [
    ("Prime Minister Narek Pashikyan said the country would leave the bloc. The premier said some member states had "
     "planned a war.", "The premier", "Narek Pashikyan"),
    ("Velarian Premier Li Tarang spoke in Orsk. The premier said growth would hold.", "The premier", "Li Tarang"),
    ("Azerbaijani envoy Ilgar Mamedli rejected the claims. Azerbaijan's envoy said there was no blockade of the road.",
     "Azerbaijan's envoy", "Ilgar Mamedli"),
    ("Armenian Foreign Minister Aram Velikyan met the envoys. Armenia's top diplomat said the population faced "
     "starvation.", "Armenia's top diplomat", "Aram Velikyan"),
    # no one of that country introduced with the title: the words stay as they are, not the last person named
    ("Armenian Foreign Minister Aram Velikyan met Tarik Olsen in Vienna. Olsen said talks went well. Russia's foreign "
     "minister said the blockade had to end.", "Russia's foreign minister", "Russia's foreign minister"),
])
def test_a_title_in_other_words_or_after_its_countrys_possessive_names_the_person_introduced_so(ctx, body, speaker,
                                                                                                 name):
    """"The premier" is the one introduced as prime minister; "Azerbaijan's envoy" the Azerbaijani envoy, and
    "Armenia's top diplomat" Armenia's foreign minister."""
    assert speakers(ctx, body)[speaker][0] == name


def said_by(ctx, body: str) -> list[tuple[str | None, str]]:
    "(speaker's name, content) of each statement."
    article = Article(id=str(hash(body)), source="t", format="text", body=body, language="en")
    article = statements(entities(sentences(article, ctx), ctx), ctx)
    return [(s.speaker_name, article.text_of(s.content)) for s in article.statements]


def test_the_official_described_last_a_monitor_by_it_and_one_answering_a_claim_speak(ctx):
    """'the official' after 'A senior official rejected that' is that official, not the minister named before; 'it
    said' is the monitor that spoke, not the country of its 'Britain-based'; 'He rejected suggestions that ...,
    saying ...' is his; '..., Velaria's government said' is the government, not the name the parse hung it on."""
    found = said_by(ctx, '"We warned them," Hamid Karavi told a news conference in Tarsk.\n\nA senior Velarian '
                         'official rejected that. "That is absolutely not true," the official told reporters.')
    assert found[-1] == ("A senior Velarian official", '"That is absolutely not true,"')
    found = said_by(ctx, "The Observatory for Civil Rights, a Britain-based war monitor, said the strike killed 11 "
                         "people. None of the dead were civilians, it said.")
    assert found[-1][0].startswith("The Observatory for Civil Rights")
    found = said_by(ctx, '"These are the supplies people need," said Jens Larkin, spokesperson for the agency. He '
                         "rejected suggestions that the shipment was routine aid, saying the items had been prepared "
                         "for the victims.")
    assert found[-1] == ("Jens Larkin", "the items had been prepared for the victims")
    found = said_by(ctx, "The agreement was reached at the meeting of the border commissions, chaired by Deputy Prime "
                         "Minister Mher Galstov and his counterpart Samir Orujlu, Velaria's government said.")
    assert found[-1][0] == "Velaria's government"


@pytest.mark.parametrize("body, expected", [
    # the parse made "Mart" a subject of its own
    ("Kel-Mart calls that evidence unrepresentative and unreliable.",
     ("Kel-Mart", "that evidence unrepresentative and unreliable")),
    # a capitalised title with the name set off after it, which the entity model missed
    ("“The funds will be reviewed,” said House Minority Whip Steny Orrin (D-Md.).",
     ("Steny Orrin", "“The funds will be reviewed,”")),
    # "who" hung on a month or on "the ire": the people named last before it
    ("Mr. Vell met with Ardalians in June 2016 who said they had damaging information on Mrs. Orr.",
     ("Ardalians", "they had damaging information on Mrs. Orr")),
    ("This dual argument also drew the ire of Justice Antonin Scalavin who said he was whipsawed by the claims.",
     ("Antonin Scalavin", "he was whipsawed by the claims")),
    # ... but "who" hung on people stays with them, whatever the lists of people hold
    ("Lund's case has drawn the attention of the larger business community who fear that the case will open the "
     "doors to more lawsuits.",
     ("the larger business community", "that the case will open the doors to more lawsuits")),
])
def test_who_speaks_where_the_parse_misplaced_the_speaker(ctx, body, expected):
    assert said_by(ctx, body)[-1] == expected


def test_a_hyphen_joins_words_of_the_speakers_phrase_not_the_quotation_before_it(ctx):
    found = said_by(ctx, "“I requested that my pay be withheld until the shutdown is over,” Representative-elect Mika "
                         "Sherrin, Democrat of Ardal, said.")
    assert [content for _, content in found] == ["“I requested that my pay be withheld until the shutdown is over,”"]
    assert found[0][0].endswith("Mika Sherrin")


def test_a_thing_takes_no_stance(ctx):
    """'the case supporting Harbo-Mart', 'salary hikes that favor men': no one's stance; a letter's, a ministry's or
    critics' is, whatever the lists of people hold."""
    found = said_by(ctx, "Two firms filed briefs in the case supporting Harbo-Mart. The suit describes salary hikes "
                         "that invariably favor men. The letter criticized the plan. The ministry welcomed the "
                         "decision. Investors welcomed the move.")
    assert [who for who, _ in found] == ["The suit", "The letter", "The ministry", "Investors"]


@pytest.mark.parametrize("text, phrase, who", [
    # "President Vell" first, his son named once with a generation: "he" after "Mr. Vell" is the president
    ("President Vell met his aides on Friday. His son, Tomas Vell Jr., was there too. Later Mr. Vell attacked the "
     "inquiry. “It is a hunt,” he wrote.", "he", "Vell"),
    # "Mr. Vell" is no Melania Vell, whom the text named once
    ("President Vell assailed his critics on Wednesday. In a statement later in the day, the first lady, Melania "
     "Vell, questioned the comedian's sanity. Mr. Vell also lashed out at Democrats. “So now it is reported that "
     "they do not want him to testify,” he wrote.", "he", "Vell"),
    # one "Mrs. Vell" among untitled "Vell"s is Melania Vell; the others are the Vell the text names most
    ("Sen. Tom Dresk blamed Donald Vell for the story. The ads featured Melania Vell, his wife. The photo shows Mrs. "
     "Vell on a rug. An angry Vell lashed out at Dresk on Twitter, calling the senator a liar. “He used a picture of "
     "Melania in his ad,” Vell said on the site.", "An angry Vell", "Donald Vell"),
    # ... but where the text titles a man so and names in full only a woman, "Vell" alone may be the man
    ("The first lady, Melania Vell, spoke on Monday. Mr. Vell said on Tuesday that he would win. Vell said the polls "
     "were wrong.", "Vell", "Vell"),
    # a title tells whom each surname alone stands for, where the text gives both
    ("Melania Vell spoke at the gala on Tuesday. “We will win,” Mr. Vell said on Wednesday. Mrs. Vell said she was "
     "proud of the campaign.", "Mr. Vell", "Vell"),
    ("Melania Vell spoke at the gala on Tuesday. “We will win,” Mr. Vell said on Wednesday. Mrs. Vell said she was "
     "proud of the campaign.", "Mrs. Vell", "Melania Vell"),
    # "the former official" is the former prosecutor who spoke, not the sitting congressman named in between
    ("Rep. Tom Vell said his account was hacked. A former federal prosecutor said an inquiry would cost little. "
     "Though Vell said it was no crime, the former official said several crimes had been committed.",
     "the former official", "A former federal prosecutor"),
    # adjectives that only describe do not hide the titled person; his spokesman spoke last
    ("Congressman Tom Vell of Ardal was in the news. Vell's spokesman said that the congressman's account had been "
     "hacked. Earlier this week, the colorful and sometimes combative congressman was sharp, calling one reporter a "
     "\"jackass\" for interrupting him.", "the colorful and sometimes combative congressman", "Tom Vell"),
    # "his" is the man whose the sentence's subject is, not the senator who spoke last
    ("Attorney General Tomas Vell finds himself on the ropes.\n\nSen. Jan Dresk said on Tuesday, \"I think it's a "
     "blockbuster revelation.\"\n\nVell's campaign disputed a report in the Harbour Times as an \"outrageous "
     "distortion\" of his service in the navy, according to his campaign.", "his campaign", "Tomas Vell's campaign"),
    # an adjective that says which post is meant stays: the foreign minister is not the finance minister
    ("Finance Minister Ana Vell said the budget was balanced. The foreign minister later said the visit was off.",
     "The foreign minister", "The foreign minister"),
    # a title that fits anyone goes to an unnamed voice only with a word both share
    ("Opposition leader Tom Vell said the vote was rigged. A union spokesman said workers would strike. The leader "
     "added that he would appeal.", "The leader", "Tom Vell"),
    # Dresk spoke last, but the sentence is about Vell's letter: "he" in the clause under it is Vell
    ("Editor Tom Dresk said the report was accurate. “We stand by it,” Mr. Dresk said on Monday. The letter from Mr. "
     "Vell, who heads the port authority, surprised the council because he had never denied a report before.",
     "he", "Vell"),
    # Jan, Vell's brother, is the subject: the man who told Harbour News he supported the war is Jan, not Vell
    ("“I would not have been in favor of it, and President Tomas Vell would not have been either,” Ruben Marek "
     "said.\n\nVell’s brother Jan, who has all but announced his bid for the nomination, raised eyebrows on Monday "
     "after telling Harbour News he supported the war even now that he knows the claims were false.", "he", "Jan"),
])
def test_whom_a_pronoun_or_a_title_stands_for_in_english_news(ctx, text, phrase, who):
    assert speakers(ctx, text)[phrase][0] == who


def test_a_person_named_with_a_nickname_in_quotation_marks_is_the_he_who_speaks(ctx):
    """'William "Mo" Dresk' is a person, though the quotation marks hide him from the model, and so is "Dresk"
    after it: "he" after "Dresk embraced the appointment" is Dresk, not the governor who spoke before."""
    found = said_by(ctx, 'Governor Ana Vell on Wednesday appointed William "Mo" Dresk to the Senate seat. Dresk '
                         'will hold the seat until an election in June.\n\nVell has said that the pick should not '
                         'run in the election. Dresk embraced the appointment Wednesday. Asked about his political '
                         'future, he said, "I am not running for office."')
    assert found[-1] == ('William "Mo" Dresk', '"I am not running for office."')
    # a word in quotation marks between a given name and a common word is no nickname: 'Ana "Snubbed" By King'
    article = Article(id="h", source="t", format="text", body='Ana "Snubbed" By King\n\nThe palace said nothing.',
                      language="en")
    assert not any(m.text.startswith('Ana "Snubbed"') for m in entities(sentences(article, ctx), ctx).mentions)


@pytest.mark.parametrize("body, names", [
    ("Representative Tom Ireland, Republican of Velmar, said the vote was rigged. Mr. Ireland said he would appeal.",
     ["Tom Ireland", "Tom Ireland"]),
    ("Senator Ana Chile said the vote was rigged. Ms. Chile said she would appeal.", ["Ana Chile", "Ana Chile"]),
])
def test_a_titled_person_whose_surname_is_a_countrys_name_is_that_person(ctx, body, names):
    "'Representative Tom Ireland': a title and a given name make the country's name a surname, and 'Mr. Ireland' his."
    assert [name for name, _ in said_by(ctx, body)] == names


def test_a_body_named_with_for_before_an_apposition_is_named_whole(ctx):
    "'said Citizens for Europe, one of several groups': the body's whole name, without what is set off after it."
    for name in ("Citizens for Europe", "Justice for Canada"):
        found = said_by(ctx, f'“It was a stunning display of cowardice," said {name}, one of several groups '
                             'bashing the senator.')
        assert found[0][0] == name
