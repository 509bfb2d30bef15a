"""Decision trees as data: the definition schema, its checks, and version 1 (Leiden)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, model_validator

from vakwerk.core.errors import InvalidInput, InvalidParam
from vakwerk.core.schema import Schema

Outcome = Literal["traject_mogelijk", "nu_geen_traject", "uitgesteld"]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$", max_length=40)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Label = Annotated[str, StringConstraints(min_length=1, max_length=200)]

OUTCOME_LABELS: dict[str, str] = {
    "traject_mogelijk": "Ja, er is wel een traject mogelijk bij R&W",
    "nu_geen_traject": "Nee, er is (nu) geen traject mogelijk bij R&W",
    "uitgesteld": "Uitgesteld: wacht op oordeel externe deskundige",
}
ANSWER_LABELS = {"ja": "Ja", "nee": "Nee", "wacht_op_deskundige": "Wacht op deskundige"}


class Choice(Schema):
    key: Key
    label: Label


class Question(Schema):
    key: Key
    text: Text
    help_text: Annotated[str, StringConstraints(max_length=4000)] = ""
    tips_yes: list[Annotated[str, StringConstraints(max_length=1000)]] = Field(
        default_factory=list, max_length=20
    )
    tips_no: list[Annotated[str, StringConstraints(max_length=1000)]] = Field(
        default_factory=list, max_length=20
    )
    answers: list[Choice] | None = Field(default=None, max_length=10)
    characteristics: list[Choice] | None = Field(default=None, max_length=20)

    @model_validator(mode="after")
    def _one_kind(self) -> Question:
        if (self.answers is None) == (self.characteristics is None):
            raise ValueError("een vraag heeft óf antwoorden óf kenmerken")
        return self


class OutcomeRule(Schema):
    question_key: Key
    outcomes: dict[Key, Outcome] = Field(max_length=10)


class TreeDefinition(Schema):
    questions: list[Question] = Field(min_length=1, max_length=30)
    outcome_rule: OutcomeRule

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)

    def decide(
        self, answers: dict[str, str], *, version_id: str, version_number: int
    ) -> tuple[str, dict[str, Any]]:
        """The outcome the rule gives for these answers, and its explanation: the version,
        the rule that fired and the answers (docs/domain.md §2 rule 4)."""
        deciding = self.outcome_rule.question_key
        decided = answers[deciding]
        outcome = self.outcome_rule.outcomes[decided]
        number = next(i for i, q in enumerate(self.questions, 1) if q.key == deciding)
        return outcome, {
            "treeVersionId": version_id,
            "treeVersionNumber": version_number,
            "rule": {"questionKey": deciding, "answer": decided, "outcome": outcome},
            "text": (
                f"Vraag {number} is beantwoord met '{ANSWER_LABELS.get(decided, decided)}'. "
                f"Volgens versie {version_number} van de beslisboom leidt dat tot: "
                f"{OUTCOME_LABELS[outcome]}."
            ),
            "answers": {q.key: answers[q.key] for q in self.questions if q.key in answers},
        }

    def check(self) -> None:
        """The rule must name a question of this tree and its answers (400 otherwise)."""
        problems: list[InvalidParam] = []
        keys = [q.key for q in self.questions]
        if len(set(keys)) != len(keys):
            problems.append(
                InvalidParam(
                    "definition.questions", "duplicate", "Elke vraag heeft een eigen sleutel."
                )
            )
        deciding = self.question(self.outcome_rule.question_key)
        if deciding is None or deciding.answers is None:
            problems.append(
                InvalidParam(
                    "definition.outcomeRule.questionKey",
                    "not_found",
                    "De beslisregel noemt een vraag met antwoorden die de boom niet heeft.",
                )
            )
        else:
            answers = {a.key for a in deciding.answers}
            unknown = set(self.outcome_rule.outcomes) - answers
            if unknown:
                problems.append(
                    InvalidParam(
                        "definition.outcomeRule.outcomes",
                        "not_found",
                        f"Onbekende antwoorden in de beslisregel: {', '.join(sorted(unknown))}.",
                    )
                )
            if answers - set(self.outcome_rule.outcomes):
                problems.append(
                    InvalidParam(
                        "definition.outcomeRule.outcomes",
                        "incomplete",
                        "Elk antwoord op de beslissende vraag leidt tot een uitkomst.",
                    )
                )
        if problems:
            raise InvalidInput(problems)


YES_NO = [Choice(key="ja", label="Ja"), Choice(key="nee", label="Nee")]

LEIDEN_V1 = TreeDefinition(
    questions=[
        Question(
            key="q1",
            text="Is de klant gemotiveerd om aan het werk te gaan?",
            help_text=(
                "Motivatie is leidend. Zoek naar wat de klant in beweging brengt en neem het "
                "gewenste perspectief van de klant niet weg. Toets of de motivatie realistisch is: "
                "kijk naar werkervaring, opleiding, belemmeringen, zelfregie en pro-activiteit. "
                "Gebrek aan motivatie is op zich geen reden om niet te verwijzen."
            ),
            tips_yes=[
                "Beschrijf waar de motivatie uit blijkt en wat de klant zelf wil bereiken.",
                "Zoek de trigger: waarvoor wil de klant in beweging komen?",
                "Toets of het gewenste perspectief realistisch is gezien werkervaring en opleiding.",
            ],
            tips_no=[
                "Beschrijf waaruit blijkt dat de motivatie ontbreekt en sinds wanneer.",
                "Zoek toch naar een aanknopingspunt: iets wat de klant belangrijk vindt.",
                "Ook zonder motivatie kan R&W een aanbod hebben: verwijzen blijft het uitgangspunt.",
            ],
            answers=YES_NO,
        ),
        Question(
            key="q2a",
            text="Zijn er problemen in de persoonlijke omstandigheden die het volgen van een traject bij R&W belemmeren?",
            help_text=(
                "Ga per omstandigheid na of het een belemmering is en hoe die zich ontwikkelt: "
                "verbeterd, stabiel, verslechterd of met kans op terugval. Verslaving en "
                "woonsituatie wegen in de praktijk zwaar. Weeg niet mee waarvoor R&W zelf een "
                "aanbod heeft, zoals een zwak sociaal netwerk of de gezinssituatie."
            ),
            tips_yes=[
                "Noem per belemmering de feiten en de bron, en of het beter of slechter gaat.",
                "Vraag u af of de problemen samen aanpassingen vragen die geen werkgever kan bieden.",
            ],
            tips_no=[
                "Leg kort vast dat u de omstandigheden hebt nagelopen en waarop u dat baseert.",
                "Praktische zaken zoals kinderopvang of een strafblad zijn geen reden om niet te verwijzen.",
            ],
            characteristics=[
                Choice(key="schulden", label="Schulden"),
                Choice(key="woonsituatie", label="Woonsituatie"),
                Choice(key="verslaving", label="Verslaving"),
            ],
        ),
        Question(
            key="q2b",
            text="Zijn er beperkingen die het volgen van een traject bij R&W belemmeren?",
            help_text=(
                "Ga per beperking na of die belemmert en hoe die zich ontwikkelt. Psychische "
                "beperkingen wegen zwaar. Weeg niet mee: leeftijd (wel: geen sollicitatieplicht "
                "vanaf een jaar voor de AOW-leeftijd), weinig werkervaring, of slechte "
                "sollicitatie- of werkvaardigheden: daar heeft R&W een aanbod voor."
            ),
            tips_yes=[
                "Noem de beperking, de bron (klant, deskundige, CompetenSYS) en de ontwikkeling.",
                "Beschrijf wat de beperking betekent voor het volgen van een traject.",
            ],
            tips_no=[
                "Leg vast dat u de beperkingen hebt nagelopen en waarop u dat baseert.",
                "Bij jonge klanten: doe alles om hen aan het werk te krijgen.",
            ],
            characteristics=[
                Choice(key="taalbeperking", label="Taalbeperking"),
                Choice(key="verstandelijke_beperking", label="Verstandelijke beperking"),
                Choice(key="lichamelijke_beperking", label="Lichamelijke beperking"),
                Choice(key="psychische_beperking", label="Psychische of psychosociale beperking"),
            ],
        ),
        Question(
            key="q3",
            text=(
                "Zijn (combinaties van) problemen in de persoonlijke omstandigheden en "
                "beperkingen zodanig dat deze het volgen van een traject bij R&W (ernstig) belemmeren?"
            ),
            help_text=(
                "Weeg de problemen en beperkingen in samenhang. Vragen ze samen om aanpassingen "
                "die van geen werkgever verwacht kunnen worden? Is er externe deskundigheid "
                "ingeschakeld en nog geen oordeel, kies dan 'wacht op deskundige'. Twijfelt u, "
                "overweeg dan een driegesprek met klant en consulent van R&W."
            ),
            tips_yes=[
                "Beschrijf welke combinatie van problemen een traject nu (ernstig) belemmert.",
                "Geef aan wat er moet veranderen voordat een traject wel mogelijk is.",
            ],
            tips_no=[
                "Beschrijf waarom de problemen een traject niet in de weg staan.",
                "Noem wat R&W volgens u kan bieden en waar het traject op kan richten.",
            ],
            answers=[
                Choice(key="ja", label="Ja"),
                Choice(key="nee", label="Nee"),
                Choice(key="wacht_op_deskundige", label="Wacht op oordeel externe deskundige"),
            ],
        ),
    ],
    outcome_rule=OutcomeRule(
        question_key="q3",
        outcomes={
            "nee": "traject_mogelijk",
            "ja": "nu_geen_traject",
            "wacht_op_deskundige": "uitgesteld",
        },
    ),
)

SOURCES = ("klant", "eigen_inschatting", "wetenschap", "competensys", "andere_deskundige")
SOURCE_LABELS = {
    "klant": "Klant",
    "eigen_inschatting": "Eigen inschatting",
    "wetenschap": "Wetenschappelijk inzicht",
    "competensys": "CompetenSYS",
    "andere_deskundige": "Andere deskundige",
}
TRENDS = ("verbeterd", "stabiel", "verslechterd", "terugval_mogelijk")
TREND_LABELS = {
    "verbeterd": "verbeterd",
    "stabiel": "stabiel",
    "verslechterd": "verslechterd",
    "terugval_mogelijk": "terugval mogelijk",
}
