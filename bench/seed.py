"""The seed article's key expressions (published 2026-01-03 09:00 JST) as cases.

Each case is the sentence of the seed text that holds the expression, so tense
words around it (前回, 検討中) are there for every engine to use.
"""

from __future__ import annotations

from datetime import datetime

from bench.found import Target
from bench.gold import Case

PUBLISHED = datetime(2026, 1, 3, 9, 0)
FILE = "seed"

#: (sentence, expression, target, what it should read as)
SEED: tuple[tuple[str, str, Target, str], ...] = (
    (
        "前回の電話会談は11月25日で、台湾をめぐる日中緊張が高まる中に行われた。",
        "11月25日",
        Target("when", alternatives=("2025-11-25",)),
        "2025-11-25",
    ),
    (
        "背景として、高市氏は10月に首相に就任後、トランプ氏を日本に招いており、"
        "二人は250周年の共同祝賀を約束。",
        "10月",
        Target("when", alternatives=("2025-10",)),
        "2025-10",
    ),
    (
        "トランプ氏は高市氏を米国に招待し、遅くとも3月下旬の訪米を提案したという。",
        "遅くとも3月下旬",
        Target("when", alternatives=("../2026-03-late",)),
        "../2026-03-late",
    ),
    (
        "トランプ氏は高市氏と中国の習近平氏の両方と良好な関係を強調し、4月の中国訪問を検討中だ。",
        "4月",
        Target("when", alternatives=("2026-04",)),
        "2026-04",
    ),
    (
        "ドナルド・トランプ米大統領政権は、佐菜江・貴坂内首相の今春の可能性ある米国訪問時に、"
        "国賓として迎えることを検討中だ。",
        "今春",
        Target("when", alternatives=("2026-spring",)),
        "2026-spring",
    ),
    (
        "高市氏は今週の中国軍の台湾周辺演習について、会談で触れたかどうかを明確に答えなかった。",
        "今週",
        Target("when", alternatives=("2026-W01",)),
        "2026-W01",
    ),
    (
        "日本の高市早苗首相は金曜日、ドナルド・トランプ米大統領と電話会談を行い、"
        "春の米国訪問に向けた調整を進めることで合意した。",
        "金曜日",
        Target("when", alternatives=("2026-01-02",)),
        "2026-01-02",
    ),
    (
        "日本の高市早苗首相は2026年1月2日、金曜日の夜にドナルド・トランプ米大統領と"
        "約25分間の電話会談を行った。",
        "約25分間",
        Target("duration", seconds=1500.0, hedge="approx"),
        "PT25M approx",
    ),
    (
        "日本は250本の桜の木を米国に贈る予定だ。",
        "250本",
        Target("count", number=250.0),
        "250",
    ),
    (
        "訪米はワシントンの桜祭りと重なる可能性があり、1912年の日本からの桜の贈与を"
        "記念するこの祭りは両国の長年の友好を象徴する。",
        "1912年",
        Target("when", alternatives=("1912",)),
        "1912",
    ),
    (
        "日本の高市早苗首相は2026年1月2日、金曜日の夜にドナルド・トランプ米大統領と"
        "約25分間の電話会談を行った。",
        "2026年1月2日",
        Target("when", alternatives=("2026-01-02",)),
        "2026-01-02",
    ),
)


def seed_cases() -> list[Case]:
    """The seed expressions, each located in its sentence."""
    out = []
    for i, (sentence, expression, target, expected) in enumerate(SEED, start=1):
        at = sentence.index(expression)
        out.append(
            Case(
                file=FILE,
                line=i,
                text=sentence,
                lang="ja",
                published=PUBLISHED,
                expected=f"{expression} → {expected}",
                target=target,
                span=(at, at + len(expression)),
            )
        )
    return out
