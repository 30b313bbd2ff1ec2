"""Names the parser hung as appositions are list items only when the list goes on
("X, Y, and Z"); one name after a comma opens the next clause, and is no target."""

from __future__ import annotations

import dossier


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    return {(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events}


def test_a_name_opening_the_next_clause_is_no_listed_target() -> None:
    found = _events(
        "President Biden was clear that, if Russia undertakes a further invasion of Ukraine, "
        "the United States together with our Allies will respond decisively."
    )
    assert ("ASSAULT", "Russia", "Ukraine") in found
    assert ("ASSAULT", "Russia", "United States") not in found


def test_a_list_the_parser_made_appositions_gives_every_target() -> None:
    found = _events(
        "France called on the House of Representatives, the High State Council, and their "
        "leaders to urgently finalize the legal basis for elections."
    )
    assert {t for kind, _, t in found if kind == "REQUEST"} >= {
        "House of Representatives", "High State Council"
    }
