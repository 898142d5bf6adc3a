#!/usr/bin/python3
"""The JSON Schemas in content/schema agree with Tend's own reader.

Every shipped program and practices file (every language) passes its schema, as it passes `tend validate-content`;
and each deliberate break below, made to a copy of a shipped file, is refused by the schema *and* by the reader, so
an editor pointed at the schemas never calls a file sound that Tend refuses for its shape. (The reader checks more
than a schema can say — routes, guards, reachability — so only breaks of shape are asked of both.)

Run by CTest (tests/content/CMakeLists.txt) with Debian's python3-jsonschema, which `make deps` installs.
"""
import argparse
import copy
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("this test needs Debian's python3-jsonschema (make deps installs it)")

SCHEMA_OF = {"programs": "program", "regulation": "regulation", "rebonding": "rebonding", "needs": "needs"}


def schema_kind(path: pathlib.Path):
    if path.parent.name == "programs":
        return "program"
    return SCHEMA_OF.get(path.name.split(".")[0])  # regulation-texts.* has no schema of its own


def schema_problems(validators, kind, document):
    return [f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message[:120]}"
            for e in validators[kind].iter_errors(document)]


def reader_refuses(tend, file: pathlib.Path):
    result = subprocess.run([tend, "validate-content", str(file)], capture_output=True, text=True)
    return result.returncode == 1, result.stdout + result.stderr


# (file, what is broken, how): each function changes a loaded copy of the file in place.
def card(doc, step=0, index=0):
    return doc["steps"][step]["cards"][index]


BREAKS = [
    ("programs/rupture-to-repair.en.json", "the program has no title", lambda d: d.pop("title")),
    ("programs/rupture-to-repair.en.json", "a version that is a number", lambda d: d.update(version=3)),
    ("programs/rupture-to-repair.en.json", "no steps at all", lambda d: d.update(steps=[])),
    ("programs/rupture-to-repair.en.json", "a step without cards", lambda d: d["steps"][1].pop("cards")),
    ("programs/rupture-to-repair.en.json", "a card of an unknown kind", lambda d: card(d).update(kind="slider")),
    ("programs/rupture-to-repair.en.json", "a card id with capitals and a space",
     lambda d: card(d).update(id="Notice Body")),
    ("programs/rupture-to-repair.en.json", "a card whose optional is a word, not true or false",
     lambda d: card(d).update(optional="yes")),
    ("programs/rupture-to-repair.en.json", "a locale that is not one", lambda d: d.update(locale="English")),
    ("programs/quick-repair.es.json", "a Spanish step whose who is neither each nor together",
     lambda d: d["steps"][0].update(who="everyone")),
    ("practices/needs.en.json", "a need without an id", lambda d: d["needs"][0].pop("id")),
    ("practices/rebonding.de.json", "a German idea whose title is a number", lambda d: d["ideas"][0].update(title=7)),
    ("practices/regulation.en.json", "no practices list", lambda d: d.pop("practices")),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tend", required=True)
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    content = root / "content"
    validators = {}
    for kind in set(SCHEMA_OF.values()):
        schema = json.loads((content / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validators[kind] = Draft202012Validator(schema)

    failures = []
    shipped = sorted(list((content / "programs").glob("*.json")) + list((content / "practices").glob("*.json")) +
                     list((root / "tests/data/content/good").rglob("*.json")))
    checked = 0
    for path in shipped:
        kind = schema_kind(path)
        if kind is None:
            continue
        checked += 1
        problems = schema_problems(validators, kind, json.loads(path.read_text(encoding="utf-8")))
        if problems:
            failures.append(f"{path.relative_to(root)} is sound to Tend but not to {kind}.schema.json: {problems[0]}")
    print(f"{checked} shipped files checked against their schemas")
    if checked < 30:
        failures.append(f"only {checked} shipped files had a schema; the folders were not read")

    with tempfile.TemporaryDirectory(prefix="tend-schemas-") as scratch:
        copy_root = pathlib.Path(scratch) / "content"
        shutil.copytree(content, copy_root)
        for relative, what, breaker in BREAKS:
            original = json.loads((content / relative).read_text(encoding="utf-8"))
            broken = copy.deepcopy(original)
            breaker(broken)
            target = copy_root / relative
            target.write_text(json.dumps(broken, ensure_ascii=False, indent=2), encoding="utf-8")
            schema_says = schema_problems(validators, schema_kind(target), broken)
            refused, output = reader_refuses(args.tend, target)
            verdict = f"schema {'refuses' if schema_says else 'ACCEPTS'}, reader {'refuses' if refused else 'ACCEPTS'}"
            print(f"  {relative}: {what}: {verdict}")
            if not schema_says:
                failures.append(f"{relative} with {what}: the schema accepts it")
            if not refused:
                failures.append(f"{relative} with {what}: tend validate-content accepts it\n{output}")
            target.write_text(json.dumps(original, ensure_ascii=False, indent=2), encoding="utf-8")

    for failure in failures:
        print("FAILED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
