#!/usr/bin/env python3
"""Writes a deterministic synthetic corpus of analysis articles in Dossier's plain-text layout.

The same seed and count always give byte-identical files, so bench figures can be compared across
runs and machines. Articles are assembled from building blocks (states, people, roles, frameworks,
reporting verbs, dates) so every extraction rule has work to do at scale.

usage: generate_corpus.py OUTPUT_DIR COUNT [--seed N] [--paragraphs N]
"""
import argparse
import os
import random
import sys

STATES = [
    ("China", "Chinese", "Beijing"), ("Russia", "Russian", "Moscow"), ("Kazakhstan", "Kazakhstani", "Astana"),
    ("Uzbekistan", "Uzbek", "Tashkent"), ("Kyrgyzstan", "Kyrgyz", "Bishkek"), ("Tajikistan", "Tajik", "Dushanbe"),
    ("Turkmenistan", "Turkmen", "Ashgabat"), ("Mongolia", "Mongolian", "Ulaanbaatar"), ("Turkey", "Turkish", "Ankara"),
    ("Iran", "Iranian", "Tehran"), ("India", "Indian", "New Delhi"), ("Japan", "Japanese", "Tokyo"),
    ("Azerbaijan", "Azerbaijani", "Baku"), ("Georgia", "Georgian", "Tbilisi"), ("Pakistan", "Pakistani", "Islamabad"),
]
LEADERS = [
    ("Xi Jinping", "Xi", "President"), ("Vladimir Putin", "Putin", "President"),
    ("Kassym-Jomart Tokayev", "Tokayev", "President"), ("Shavkat Mirziyoyev", "Mirziyoyev", "President"),
    ("Sadyr Japarov", "Japarov", "President"), ("Emomali Rahmon", "Rahmon", "President"),
    ("Sergei Lavrov", "Lavrov", "Foreign Minister"), ("Wang Yi", "Wang", "Foreign Minister"),
]
GIVEN = ["Aigerim", "Nodir", "Temir", "Lin", "Olga", "Rustam", "Mei", "Farhod", "Dina", "Bakyt", "Sergei", "Zhanna",
         "Kamila", "Arman", "Yuki", "Ravshan", "Elena", "Daniyar", "Gulnara", "Pavel"]
FAMILY = ["Bekova", "Rashidov", "Osmonov", "Haoran", "Sokolova", "Karimov", "Zhou", "Yusupov", "Abenova", "Tursunov",
          "Ivanov", "Nurlanova", "Saidova", "Omarov", "Tanaka", "Alimov", "Petrova", "Serikbayev", "Ismailova", "Orlov"]
ROLES = ["analyst", "economist", "researcher", "scholar", "commentator", "diplomat", "official", "expert"]
GROUP_ROLES = ["scholars", "officials", "commentators", "observers", "experts", "analysts"]
FRAMEWORKS = [
    ("Belt and Road Initiative", "BRI"), ("Eurasian Economic Union", "EAEU"),
    ("Shanghai Cooperation Organisation", "SCO"), ("Collective Security Treaty Organization", "CSTO"),
    ("Organization of Turkic States", "OTS"), ("Power of Siberia 2", None), ("Middle Corridor", None),
    ("Global Development Initiative", "GDI"), ("International North-South Transport Corridor", "INSTC"),
]
VERBS = ["said", "warned", "explained", "noted", "argued", "acknowledged", "complained", "pointed out", "told reporters"]
STANCE = ["proposed", "backs", "launched", "resisted"]
TOPICS = ["energy connectivity", "regional security", "transit tariffs", "water sharing", "grain exports",
          "border management", "digital infrastructure", "labour migration", "nuclear power", "rail freight"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def indefinite(noun):
    return ("an " if noun[0] in "aeiou" else "a ") + noun


class Writer:
    def __init__(self, rng, year):
        self.rng = rng
        self.year = year

    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def date_phrase(self):
        form = self.rng.randrange(5)
        day, month, year = self.rng.randint(1, 28), self.pick(MONTHS), self.rng.randint(2010, self.year)
        if form == 0:
            return f"on {day} {month} {year}"
        if form == 1:
            return f"in {month} {year}"
        if form == 2:
            return f"in {year}"
        if form == 3:
            return f"by {year}"
        return f"on {month} {day}, {year}"

    def analyst(self):
        state, demonym, _ = self.pick(STATES)
        return f"{self.pick(GIVEN)} {self.pick(FAMILY)}", self.pick(ROLES), demonym

    def sentence(self):
        kind = self.rng.randrange(8)
        state, demonym, capital = self.pick(STATES)
        other = self.pick(STATES)
        name, short, title = self.pick(LEADERS)
        framework, acronym = self.pick(FRAMEWORKS)
        topic = self.pick(TOPICS)
        if kind == 0:
            person, role, origin = self.analyst()
            return (f"{origin} {role} {person} {self.pick(VERBS)} that {capital} would press for "
                    f"{topic} through the {framework}.")
        if kind == 1:
            person, role, origin = self.analyst()
            return (f"\u201cThe {framework} is only as strong as its budget,\u201d {person}, {indefinite(role)} based in "
                    f"{other[2]}, said.")
        if kind == 2:
            return f"{title} {short} {self.pick(STANCE)} the {framework} {self.date_phrase()}."
        if kind == 3:
            return (f"According to {demonym} {self.pick(GROUP_ROLES)}, {other[0]} has slowed talks on {topic} "
                    f"since {self.rng.randint(2012, self.year)}.")
        if kind == 4:
            return (f"{name} met counterparts from {other[0]} {self.date_phrase()} to discuss {topic} and the "
                    f"future of the {acronym or framework}.")
        if kind == 5:
            return (f"For {self.pick(GIVEN)} {self.pick(FAMILY)}, the {framework} matters less than "
                    f"{state}'s own plans for {topic}.")
        if kind == 6:
            return (f"Officials in {capital} see the {acronym or framework} as a hedge against pressure from "
                    f"{other[2]}.")
        return f"Trade between {state} and {other[0]} grew as {topic} became a priority for both capitals."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(4, 8)))

    def article(self, number, paragraphs):
        state, _, _ = self.pick(STATES)
        framework, _ = self.pick(FRAMEWORKS)
        day, month = self.rng.randint(1, 28), self.pick(MONTHS)
        lines = [f"{day} {month} {self.year}", "", f"{state} and the {framework}: notes {number}", "",
                 f" {self.pick(GIVEN)} {self.pick(FAMILY)}", ""]
        for index in range(paragraphs):
            if index and index % 4 == 0:
                lines += [f"{self.pick(TOPICS).capitalize()} in focus", ""]
            lines += [self.paragraph(), ""]
        lines.append("No comments:")
        return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--paragraphs", type=int, default=16)
    args = parser.parse_args()
    if args.count < 1 or args.paragraphs < 1:
        parser.error("count and paragraphs must be positive")
    os.makedirs(args.output, exist_ok=True)
    total = 0
    for number in range(args.count):
        # One generator per article keeps each file the same whatever the count.
        writer = Writer(random.Random(args.seed * 1_000_003 + number), 2023)
        text = writer.article(number, args.paragraphs)
        path = os.path.join(args.output, f"article-{number:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        total += len(text.encode("utf-8"))
    print(f"{args.count} articles, {total} bytes in {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
