#!/usr/bin/env bash
# META.json, the PGXN distribution metadata, against the PGXN Meta Spec 1.0.0
# (https://pgxn.org/spec/): every rule of the spec that applies to a
# distribution's META.json, checked by the validator below (Python 3 standard
# library; Debian packages no PGXN validator), then the project's own rules:
# versions equal to the control files', every extension listed, the files it
# names present after `make`, prerequisites that cover the control files'
# `requires`.  Broken copies of META.json must be rejected, each for its reason.
# Prints TAP lines; needs no cluster.
set -u
cd "$(dirname "$0")/../.."
n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}
work=$(mktemp -d /tmp/portemis-pgxn-meta.XXXXXX)
trap 'rm -rf "$work"' EXIT

cat >"$work/validate.py" <<'PY'
"""Validate a PGXN META.json: the PGXN Meta Spec 1.0.0, then the project's rules.

usage: validate.py META.json [--root DIR]
Prints one line per error; exit status 1 if any.  --root: the directory the
paths of META.json (provides files, docfiles, no_index) must exist in, and
where the control files are read; default: the directory of META.json.
"""
import json, os, re, sys, unicodedata

errors = []
def err(msg):
    errors.append(msg)

# --- PGXN Meta Spec 1.0.0 -------------------------------------------------
SEMVER = re.compile(r'^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)'
                    r'(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?'
                    r'(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$', re.ASCII)
LICENSES = {"agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd", "gfdl_1_2",
            "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1",
            "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source", "restricted",
            "unrestricted", "unknown"}
TOP_KEYS = {"name", "version", "abstract", "maintainer", "license", "provides", "meta-spec", "description",
            "generated_by", "tags", "no_index", "prereqs", "release_status", "resources"}
REQUIRED = ["name", "version", "abstract", "maintainer", "license", "provides", "meta-spec"]
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONSHIPS = {"requires", "recommends", "suggests", "conflicts"}
META_SPEC_URLS = {"https://pgxn.org/meta/spec.txt", "http://pgxn.org/meta/spec.txt"}
URI = re.compile(r'^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$')
EMAIL = re.compile(r'^[^@\s]+@[^@\s]+\.[^@\s]+$')
RANGE_OP = re.compile(r'^(==|!=|<=|>=|<|>)?\s*(.+)$')

def custom(key):
    return isinstance(key, str) and re.match(r'^[xX]_.', key) is not None

def is_control(c):
    return unicodedata.category(c) == "Cc"

def nonempty_string(where, v):
    if not isinstance(v, str) or v == "":
        err(f"{where}: must be a non-empty string, got {v!r}")
        return False
    return True

def term(where, v):
    if not nonempty_string(where, v):
        return
    if len(v) < 2 or any(c in "/\\" or c.isspace() or is_control(c) for c in v):
        err(f"{where}: {v!r} is not a Term (2 characters or more, no slash, backslash, space or control character)")

def tag(where, v):
    if not nonempty_string(where, v):
        return
    if not 2 <= len(v) <= 255 or any(c in "/\\" or is_control(c) for c in v):
        err(f"{where}: {v!r} is not a Tag (2 to 255 characters, no slash, backslash or control character)")

def version(where, v):
    if not isinstance(v, str) or not SEMVER.match(v):
        err(f"{where}: {v!r} is not a semantic version (SemVer 2.0.0, such as 1.2.3)")

def version_range(where, v):
    if v == 0 and not isinstance(v, bool):
        return
    if not isinstance(v, str) or v.strip() == "":
        err(f"{where}: {v!r} is not a version range")
        return
    if v == "0":
        return
    for part in v.split(","):
        m = RANGE_OP.match(part.strip())
        if not m or not SEMVER.match(m.group(2).strip()):
            err(f"{where}: {v!r} is not a version range (versions are semantic, operators ==, !=, <, <=, >, >=)")
            return

def path(where, v):
    if not nonempty_string(where, v):
        return False
    p = v[2:] if v.startswith("./") else v
    parts = p.split("/")
    if len(v) < 2 or v.startswith("/") or "\\" in v or any(s in ("", ".", "..") for s in parts):
        err(f"{where}: {v!r} is not a relative path in unix conventions inside the distribution")
        return False
    return True

def uri(where, v):
    if not isinstance(v, str) or not URI.match(v):
        err(f"{where}: {v!r} is not a URI")

def only_keys(where, obj, allowed):
    for k in obj:
        if k not in allowed and not custom(k):
            err(f"{where}: unknown key {k!r} (custom keys start with x_ or X_)")

def obj(where, v):
    if not isinstance(v, dict):
        err(f"{where}: must be an object, got {type(v).__name__}")
        return False
    return True

def validate_spec(meta):
    if not obj("META.json", meta):
        return
    for k in REQUIRED:
        if k not in meta:
            err(f"missing required key: {k}")
    only_keys("META.json", meta, TOP_KEYS)
    if "name" in meta:
        term("name", meta["name"])
    if "version" in meta:
        version("version", meta["version"])
    for k in ("abstract", "description", "generated_by"):
        if k in meta:
            nonempty_string(k, meta[k])
    if "maintainer" in meta:
        m = meta["maintainer"]
        if isinstance(m, list):
            if not m:
                err("maintainer: an empty list")
            if len(set(map(str, m))) != len(m):
                err("maintainer: repeated entries")
            for i, x in enumerate(m):
                nonempty_string(f"maintainer[{i}]", x)
        else:
            nonempty_string("maintainer", m)
    if "license" in meta:
        lic = meta["license"]
        if isinstance(lic, str):
            if lic not in LICENSES:
                err(f"license: {lic!r} is not one of the spec's license strings")
        elif isinstance(lic, list):
            if not lic:
                err("license: an empty list")
            if len(set(map(str, lic))) != len(lic):
                err("license: repeated entries")
            for x in lic:
                if x not in LICENSES:
                    err(f"license: {x!r} is not one of the spec's license strings")
        elif isinstance(lic, dict):
            if not lic:
                err("license: an empty object")
            for k, v in lic.items():
                nonempty_string("license key", k)
                uri(f"license[{k!r}]", v)
        else:
            err("license: must be a string, a list of strings or an object of URIs")
    if "meta-spec" in meta and obj("meta-spec", meta["meta-spec"]):
        ms = meta["meta-spec"]
        only_keys("meta-spec", ms, {"version", "url"})
        if "version" not in ms:
            err("meta-spec: missing required key: version")
        elif not isinstance(ms["version"], str) or not re.match(r'^1\.0\.\d+$', ms["version"]):
            err(f"meta-spec version: {ms['version']!r} is not 1.0.x")
        if "url" in ms and ms["url"] not in META_SPEC_URLS:
            err(f"meta-spec url: {ms['url']!r} is not the spec's URL")
    if "provides" in meta and obj("provides", meta["provides"]):
        pv = meta["provides"]
        if not pv:
            err("provides: lists no extension")
        for name, ext in pv.items():
            term(f"provides key", name)
            if not obj(f"provides.{name}", ext):
                continue
            only_keys(f"provides.{name}", ext, {"file", "version", "abstract", "docfile"})
            for k in ("file", "version"):
                if k not in ext:
                    err(f"provides.{name}: missing required key: {k}")
            if "file" in ext:
                path(f"provides.{name}.file", ext["file"])
            if "docfile" in ext:
                path(f"provides.{name}.docfile", ext["docfile"])
            if "version" in ext:
                version(f"provides.{name}.version", ext["version"])
            if "abstract" in ext:
                nonempty_string(f"provides.{name}.abstract", ext["abstract"])
    if "tags" in meta:
        t = meta["tags"]
        if not isinstance(t, list) or not t:
            err("tags: must be a non-empty list")
        else:
            if len(set(map(str, t))) != len(t):
                err("tags: repeated tags")
            for i, x in enumerate(t):
                tag(f"tags[{i}]", x)
    if "no_index" in meta and obj("no_index", meta["no_index"]):
        ni = meta["no_index"]
        only_keys("no_index", ni, {"file", "directory"})
        if not ("file" in ni or "directory" in ni):
            err("no_index: needs file or directory")
        for k in ("file", "directory"):
            if k in ni:
                v = ni[k]
                items = v if isinstance(v, list) else [v]
                if isinstance(v, list) and not v:
                    err(f"no_index.{k}: an empty list")
                for i, x in enumerate(items):
                    path(f"no_index.{k}[{i}]", x)
    if "prereqs" in meta and obj("prereqs", meta["prereqs"]):
        pr = meta["prereqs"]
        phases = [k for k in pr if not custom(k)]
        if not phases:
            err("prereqs: names no phase")
        for ph in phases:
            if ph not in PHASES:
                err(f"prereqs: unknown phase {ph!r} (configure, build, test, runtime, develop)")
                continue
            if not obj(f"prereqs.{ph}", pr[ph]):
                continue
            rels = [k for k in pr[ph] if not custom(k)]
            if not rels:
                err(f"prereqs.{ph}: names no relationship")
            for rel in rels:
                if rel not in RELATIONSHIPS:
                    err(f"prereqs.{ph}: unknown relationship {rel!r} (requires, recommends, suggests, conflicts)")
                    continue
                deps = pr[ph][rel]
                if not obj(f"prereqs.{ph}.{rel}", deps):
                    continue
                if not deps:
                    err(f"prereqs.{ph}.{rel}: lists nothing")
                for dep, rng in deps.items():
                    term(f"prereqs.{ph}.{rel} key", dep)
                    version_range(f"prereqs.{ph}.{rel}.{dep}", rng)
    if "release_status" in meta and meta["release_status"] not in ("stable", "testing", "unstable"):
        err(f"release_status: {meta['release_status']!r} is not stable, testing or unstable")
    if "resources" in meta and obj("resources", meta["resources"]):
        rs = meta["resources"]
        only_keys("resources", rs, {"homepage", "bugtracker", "repository"})
        if not any(k in rs for k in ("homepage", "bugtracker", "repository")):
            err("resources: needs homepage, bugtracker or repository")
        if "homepage" in rs:
            uri("resources.homepage", rs["homepage"])
        if "bugtracker" in rs and obj("resources.bugtracker", rs["bugtracker"]):
            bt = rs["bugtracker"]
            only_keys("resources.bugtracker", bt, {"web", "mailto"})
            if not ("web" in bt or "mailto" in bt):
                err("resources.bugtracker: needs web or mailto")
            if "web" in bt:
                uri("resources.bugtracker.web", bt["web"])
            if "mailto" in bt and not (isinstance(bt["mailto"], str) and EMAIL.match(bt["mailto"])):
                err(f"resources.bugtracker.mailto: {bt['mailto']!r} is not an email address")
        if "repository" in rs and obj("resources.repository", rs["repository"]):
            rp = rs["repository"]
            only_keys("resources.repository", rp, {"url", "web", "type"})
            if not (("url" in rp and "type" in rp) or "web" in rp):
                err("resources.repository: needs url and type, or web")
            for k in ("url", "web"):
                if k in rp:
                    uri(f"resources.repository.{k}", rp[k])
            if "type" in rp and not (isinstance(rp["type"], str) and re.match(r'^[a-z]+$', rp["type"])):
                err(f"resources.repository.type: {rp['type']!r} is not a lowercase word")

# --- the project's rules ----------------------------------------------------
def control_version(root, ext):
    try:
        text = open(os.path.join(root, ext + ".control")).read()
    except OSError:
        return None, []
    v = re.search(r"^default_version\s*=\s*'([^']*)'", text, re.M)
    r = re.search(r"^requires\s*=\s*'([^']*)'", text, re.M)
    return (v.group(1) if v else None), ([x.strip() for x in r.group(1).split(",")] if r else [])

def validate_project(meta, root):
    if not isinstance(meta, dict) or not isinstance(meta.get("provides"), dict):
        return
    pv = meta["provides"]
    controls = sorted(f[:-len(".control")] for f in os.listdir(root) if f.endswith(".control"))
    if sorted(pv) != controls:
        err(f"provides lists {sorted(pv)}, the control files are {controls}")
    main_version, _ = control_version(root, "portemis")
    if meta.get("version") != main_version:
        err(f"version {meta.get('version')!r} differs from portemis.control's default_version {main_version!r}")
    pre = meta.get("prereqs", {}).get("runtime", {}) if isinstance(meta.get("prereqs"), dict) else {}
    known = set()
    for rel in ("requires", "recommends"):
        if isinstance(pre.get(rel), dict):
            known |= set(pre[rel])
    if "PostgreSQL" not in (pre.get("requires") or {}):
        err("prereqs.runtime.requires names no PostgreSQL version")
    for name, ext in pv.items():
        if not isinstance(ext, dict):
            continue
        cv, requires = control_version(root, name)
        if ext.get("version") != cv:
            err(f"provides.{name}.version {ext.get('version')!r} differs from {name}.control's default_version {cv!r}")
        for dep in requires:
            if dep not in pv and dep not in known:
                err(f"{name}.control requires {dep!r}, which is neither provided nor in prereqs.runtime")
        for k in ("file", "docfile"):
            if isinstance(ext.get(k), str) and not os.path.isfile(os.path.join(root, ext[k])):
                err(f"provides.{name}.{k}: {ext[k]} does not exist")
    ni = meta.get("no_index", {})
    if isinstance(ni, dict):
        for k, test in (("file", os.path.isfile), ("directory", os.path.isdir)):
            v = ni.get(k, [])
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, str) and not test(os.path.join(root, x)):
                    err(f"no_index.{k}: {x} does not exist")
    lic = meta.get("license")
    lics = lic if isinstance(lic, list) else [lic]
    if "postgresql" not in lics:
        err(f"license {lic!r} does not name postgresql, the project's licence")

def main():
    args = sys.argv[1:]
    root = None
    if "--root" in args:
        i = args.index("--root")
        root = args[i + 1]
        del args[i:i + 2]
    fn = args[0]
    root = root or os.path.dirname(os.path.abspath(fn))
    try:
        with open(fn, encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as e:
        print(f"not valid JSON: {e}")
        return 1
    validate_spec(meta)
    validate_project(meta, root)
    for e in errors:
        print(e)
    return 1 if errors else 0

sys.exit(main())
PY

# The distribution as a fresh checkout has it (tracked and new files, not the
# ignored build products), then the files META.json names built by make.
mkdir -p "$work/dist"
git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -xf - -C "$work/dist"
provided=$(python3 -c 'import json,sys; print(" ".join(e["file"] for e in json.load(open(sys.argv[1]))["provides"].values() if isinstance(e, dict) and "file" in e))' META.json 2>/dev/null)
check "META.json is a JSON object" "$(python3 -c 'import json,sys; print(type(json.load(open(sys.argv[1]))).__name__)' META.json 2>&1)" "dict"
make_out=$(make -s -C "$work/dist" $provided 2>&1)
check "make builds every file that provides names ($provided)" "$?:$make_out" "0:"

out=$(python3 "$work/validate.py" "$work/dist/META.json")
rc=$?
echo "$out" | sed 's/^/#   /' | grep -v '^#   $'
check "META.json follows the PGXN Meta Spec 1.0.0 and the project's rules" "$rc:$out" "0:"

field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); exec("print("+sys.argv[2]+")")' META.json "$1" 2>&1; }
ctl() { sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" "$1"; }
check "meta-spec version is 1.0.0" "$(field 'd["meta-spec"]["version"]')" "1.0.0"
check "the version is portemis.control's default_version" "$(field 'd["version"]')" "$(ctl portemis.control)"
check "provides: portemis at portemis.control's version" "$(field 'd["provides"]["portemis"]["version"]')" "$(ctl portemis.control)"
check "provides: portemis_routing at portemis_routing.control's version" \
    "$(field 'd["provides"]["portemis_routing"]["version"]')" "$(ctl portemis_routing.control)"
check "the extensions of provides are the Makefile's EXTENSION list" \
    "$(field '" ".join(sorted(d["provides"]))')" "$(sed -n 's/^EXTENSION *= *//p' Makefile | tr -s ' ' '\n' | sort | xargs)"
check "PostgreSQL 15 and PostGIS 3 are runtime requirements, pgRouting recommended" \
    "$(field 'd["prereqs"]["runtime"]["requires"]["PostgreSQL"], d["prereqs"]["runtime"]["requires"]["postgis"], d["prereqs"]["runtime"]["recommends"]["pgrouting"]')" \
    ">= 15.0.0, < 16.0.0 3.0.0 3.0.0"
check "LICENSE holds the PostgreSQL License of the portemis authors" \
    "$(grep -c -e '^PostgreSQL License$' -e '^Copyright (c) 2026, the portemis authors$' LICENSE)" "2"

# Broken copies: each must be rejected, and for its own reason.
broken() {  # description, python statement on d, expected error text
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); exec(sys.argv[2]); json.dump(d, open(sys.argv[3], "w"))' \
        META.json "$2" "$work/dist/META.json"
    out=$(python3 "$work/validate.py" "$work/dist/META.json")
    rc=$?
    if [ "$rc" -eq 1 ] && printf '%s\n' "$out" | grep -qF -- "$3"; then r=rejected; else r="rc $rc: $out"; fi
    check "rejects $1" "$r" "rejected"
}
broken "a META.json without license" 'del d["license"]' "missing required key: license"
broken "a META.json without maintainer" 'del d["maintainer"]' "missing required key: maintainer"
broken "a version that is not semantic (0.5)" 'd["version"] = "0.5"' "'0.5' is not a semantic version"
broken "a provides version that is not semantic (v0.4.0)" 'd["provides"]["portemis_routing"]["version"] = "v0.4.0"' \
    "provides.portemis_routing.version: 'v0.4.0' is not a semantic version"
broken "a semantic version that is not portemis.control's (9.9.9)" 'd["version"] = "9.9.9"' \
    "version '9.9.9' differs from portemis.control's default_version"
broken "a licence outside the spec's list (postgres)" 'd["license"] = "postgres"' "'postgres' is not one of the spec's license strings"
broken "a provides entry without file" 'del d["provides"]["portemis"]["file"]' "provides.portemis: missing required key: file"
broken "a provides file outside the distribution (../x.sql)" 'd["provides"]["portemis"]["file"] = "../x.sql"' \
    "'../x.sql' is not a relative path"
broken "a provides file that make does not build" 'd["provides"]["portemis"]["file"] = "sql/portemis.sql"' \
    "provides.portemis.file: sql/portemis.sql does not exist"
broken "an extension left out of provides" 'del d["provides"]["portemis_routing"]' "the control files are"
broken "a prereqs phase the spec does not know (install)" 'd["prereqs"]["install"] = {"requires": {"make": 0}}' \
    "unknown phase 'install'"
broken "a prereqs relationship the spec does not know (needs)" 'd["prereqs"]["runtime"]["needs"] = {"postgis": "3.0.0"}' \
    "unknown relationship 'needs'"
broken "a version range that is not one (15)" 'd["prereqs"]["runtime"]["requires"]["PostgreSQL"] = "15"' \
    "'15' is not a version range"
broken "pgRouting missing from the prerequisites" 'del d["prereqs"]["runtime"]["recommends"]' \
    "portemis_routing.control requires 'pgrouting'"
broken "meta-spec version 2.0.0" 'd["meta-spec"]["version"] = "2.0.0"' "meta-spec version: '2.0.0' is not 1.0.x"
broken "a tag with a slash" 'd["tags"].append("CO2/t")' "'CO2/t' is not a Tag"
broken "an unknown top-level key (homepage)" 'd["homepage"] = "https://example.org/"' "unknown key 'homepage'"
broken "release_status beta" 'd["release_status"] = "beta"' "'beta' is not stable, testing or unstable"
# ...and a custom key (x_) is allowed.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["x_note"] = {"any": "thing"}; json.dump(d, open(sys.argv[2], "w"))' \
    META.json "$work/dist/META.json"
out=$(python3 "$work/validate.py" "$work/dist/META.json")
check "accepts a custom key (x_note)" "$?:$out" "0:"
