"""The demo's texts: cases as client managers write them, and the words of arguments.

Fictional and varied, never identifying (no names, no addresses, no BSN); the arguments
are built from parts per question so no two are alike (the duplicate rule refuses the
same argument twice) and each names facts, a source and why they weigh.
"""

from __future__ import annotations

# kind, question, gender, age, and the free texts of the Best form
CASES: list[dict[str, object]] = [
    {
        "kind": "ontheffing",
        "question": "Moet ik deze klant met langdurige psychische klachten ontheffen, of is "
        "een traject met begeleiding nog haalbaar?",
        "gender": "vrouw",
        "age": 47,
        "living_situation": "Woont alleen in een huurwoning; de huur wordt op tijd betaald.",
        "education": "Mavo, daarna een niet afgemaakte opleiding administratie.",
        "work_experience": "Tien jaar administratief werk, sinds 2017 niet meer gewerkt.",
        "interests": "Tuinieren en vrijwilligerswerk bij de kringloop.",
        "attitude": "Wil graag iets doen, maar is bang om opnieuw uit te vallen.",
        "psychological_obstacles": "Depressieve klachten, onder behandeling bij de GGZ; "
        "de behandelaar adviseert rustig op te bouwen.",
        "social_network": "Een zus in de buurt, verder weinig contacten.",
    },
    {
        "kind": "twijfelgeval",
        "question": "Kan deze klant met schulden en een verslavingsverleden naar R&W, of eerst "
        "stabiliseren?",
        "gender": "man",
        "age": 34,
        "living_situation": "Woont tijdelijk bij zijn moeder na een huisuitzetting.",
        "education": "Vmbo techniek.",
        "work_experience": "Heftruckchauffeur via uitzendbureaus, laatste baan twee jaar geleden.",
        "attitude": "Wisselend gemotiveerd; komt afspraken meestal na.",
        "psychological_obstacles": "Al een jaar clean volgens de verslavingszorg.",
        "other_information": "Schuldhulpverlening loopt; een budgetcoach is aangevraagd.",
    },
    {
        "kind": "ontheffing",
        "question": "Alleenstaande ouder met een kind van drie: ontheffing of een traject van "
        "twintig uur?",
        "gender": "vrouw",
        "age": 29,
        "living_situation": "Alleenstaand met een dochter van drie; geen opvang geregeld.",
        "education": "Mbo-diploma zorg en welzijn niveau 3.",
        "work_experience": "Vier jaar helpende in de thuiszorg.",
        "interests": "Wil later weer in de zorg werken.",
        "attitude": "Gemotiveerd, maar wil haar dochter niet te veel uit handen geven.",
        "social_network": "Ouders wonen op een uur rijden.",
    },
    {
        "kind": "worst_practice",
        "question": "Wat ging er mis bij deze terugmelding door R&W, en hoe voorkomen we dat "
        "de klant nog eens heen en weer gaat?",
        "gender": "man",
        "age": 52,
        "work_experience": "Lange loopbaan in de bouw, na een val afgekeurd voor zwaar werk.",
        "attitude": "Voelde zich van het kastje naar de muur gestuurd.",
        "physical_obstacles": "Rugklachten; kan niet lang staan of tillen.",
        "other_information": "R&W meldde terug omdat de medische informatie ontbrak.",
    },
    {
        "kind": "algemeen",
        "question": "Hoe gaan we om met klanten die een taalcursus weigeren omdat ze al werk "
        "zoeken?",
        "gender": "onbekend",
        "interests": "Meerdere klanten in de wijk met dezelfde vraag.",
        "other_information": "Graag een gezamenlijke lijn voor het team.",
    },
    {
        "kind": "ontheffing",
        "question": "Klant is volledig arbeidsongeschikt volgens de keuring: ontheffing op "
        "grond van artikel 9 lid 5?",
        "gender": "man",
        "age": 61,
        "living_situation": "Woont met zijn partner in een aangepaste woning.",
        "work_experience": "Veertig jaar productiewerk.",
        "physical_obstacles": "Hartfalen; de keuring van vorige maand spreekt van volledige "
        "en duurzame arbeidsongeschiktheid.",
        "attitude": "Begrijpt dat werk niet meer gaat en wil vooral rust.",
    },
    {
        "kind": "twijfelgeval",
        "question": "Jonge klant zonder startkwalificatie die niets wil: verwijzen of eerst "
        "zelf in gesprek?",
        "gender": "man",
        "age": 19,
        "living_situation": "Woont thuis bij zijn ouders.",
        "education": "Gestopt met het mbo in het tweede jaar.",
        "interests": "Gamen en sporten; heeft ooit bij een fietsenmaker geholpen.",
        "attitude": "Afwachtend; zegt dat school niets voor hem is.",
        "social_network": "Vrienden in dezelfde situatie.",
    },
    {
        "kind": "ontheffing",
        "question": "Klant mantelzorgt voor haar zieke moeder: tijdelijke ontheffing om "
        "dringende redenen?",
        "gender": "vrouw",
        "age": 55,
        "living_situation": "Woont naast haar moeder, die sinds kort bedlegerig is.",
        "work_experience": "Jarenlang schoonmaakwerk in parttime banen.",
        "attitude": "Wil werken zodra de zorg voor haar moeder geregeld is.",
        "other_information": "Wijkteam onderzoekt thuiszorg; verwacht binnen een half jaar.",
    },
    {
        "kind": "twijfelgeval",
        "question": "Statushouder met een goede opleiding uit het land van herkomst: direct "
        "naar R&W of eerst de taal?",
        "gender": "anders",
        "age": 38,
        "education": "Universitaire opleiding elektrotechniek, diploma niet gewaardeerd.",
        "work_experience": "Acht jaar technicus in het land van herkomst.",
        "attitude": "Zeer gemotiveerd, wil snel aan het werk.",
        "other_information": "Taalniveau A2; de inburgering loopt.",
    },
    {
        "kind": "algemeen",
        "question": "Wat verwachten we van klanten die een jaar voor de AOW-leeftijd zitten?",
        "interests": "Een vraag uit het teamoverleg over de sollicitatieplicht.",
    },
]

# Arguments: per question a few openings and reasons, completed with the client's number.
MOTIVATION = [
    ("De klant wil weer werken om", "zijn kinderen te laten zien dat het kan"),
    ("De klant vertelde dat ze", "graag weer onder de mensen wil zijn"),
    ("In het gesprek bleek dat de klant", "een baan met vaste uren zoekt"),
    ("De klant twijfelt of", "werk nu al haalbaar is naast de zorg thuis"),
    ("De klant gaf aan dat hij", "eerst zijn schulden op orde wil hebben"),
]
CIRCUMSTANCES = [
    "De schulden zijn via de schuldhulpverlening geregeld en de woonsituatie is stabiel",
    "Er is een betalingsregeling voor de huurachterstand; verslaving speelt niet",
    "Het wonen is tijdelijk geregeld; schulden en middelengebruik spelen volgens de klant niet",
    "De klant woont zelfstandig zonder achterstanden; de budgetcoach is afgesloten",
]
LIMITATIONS = [
    "CompetenSYS laat geen beperkingen zien en de klant meldt zelf geen klachten",
    "De huisarts bevestigt rugklachten die licht werk niet in de weg staan",
    "Een lichte taalbeperking, die R&W met taal op de werkvloer kan opvangen",
    "Er zijn psychische klachten in behandeling; de behandelaar ziet ruimte voor opbouw",
]
WEIGHING = {
    "nee": "samen belemmeren ze een traject niet, en R&W kan helpen met werkervaring",
    "ja": "samen vragen ze nu aanpassingen die geen werkgever kan bieden",
    "wacht_op_deskundige": "de keuring door de bedrijfsarts moet eerst uitwijzen wat kan",
}
REVIEWS = {
    "geaccepteerd": "De argumentatie is concreet en sluit aan bij ons aanbod van werkstages",
    "teruggemeld": "De schulden zijn pas net geregeld; eerst drie maanden stabiel houden "
    "voordat een traject start",
}
