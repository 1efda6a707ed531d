#!/usr/bin/env python3
"""Checks the GUI's translation catalogues (translations/ckpt_inspector_<lang>.ts).

Fails on: an entry of the English source catalogue missing from a translation, an
unfinished or empty translation, a plural entry without all its forms, a placeholder
(%1, %n, %L1), HTML tag, line break, ellipsis, shortcut text or mnemonic lost or added,
a Chinese mnemonic not written as "文件(&F)", and two entries of one menu (as the menus are
built in widgets/) sharing a mnemonic letter.

With --lupdate LUPDATE --project JSON (the project file qt_add_translations writes), it
first runs lupdate on copies of the catalogues, so strings in the code that no catalogue
has yet count as missing too, and fails on a .cpp under model/, widgets/ or app/gui/ that
calls tr() but is not among the project's sources.

Usage: i18n_check.py PROJECT_ROOT [--lupdate PATH --project PATH]
"""
import argparse
import collections
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_LANGUAGE = 'en'
# Plural forms Qt expects per language (QTranslator's rules for German and Chinese).
PLURAL_FORMS = {'de': 2, 'zh': 1}

PLACEHOLDER = re.compile(r'%L?\d+|%n')
TAG = re.compile(r'<[^<>]+>')
# '&' followed by a character that is neither '&' (an escaped ampersand) nor the start of
# an entity such as &nbsp; or &#8594;.
MNEMONIC = re.compile(r'&(?!&)(?![#a-zA-Z][a-zA-Z0-9]*;)(.)')


def messages(path):
    """(context, source, comment) -> (numerus, [translation forms], unfinished)."""
    root = ET.parse(path).getroot()
    result = {}
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            key = (name, msg.findtext('source') or '', msg.findtext('comment') or '')
            tr = msg.find('translation')
            numerus = msg.get('numerus') == 'yes'
            forms = [f.text or '' for f in tr.findall('numerusform')] if numerus else [tr.text or '']
            result[key] = (numerus, forms, tr.get('type') in ('unfinished', 'vanished', 'obsolete'))
    return root.get('language') or '', result


def mnemonic(text):
    found = MNEMONIC.findall(text)
    return found[0].upper() if len(found) == 1 else None


def has_rich_text(text):
    return bool(TAG.search(text)) or '&nbsp;' in text


def check_entry(lang, key, source, form, problems):
    where = f'{lang}: {key[0]}: {source!r} -> {form!r}'
    if not form.strip():
        problems.append(f'{where}: empty translation')
        return
    if collections.Counter(PLACEHOLDER.findall(source)) != collections.Counter(PLACEHOLDER.findall(form)):
        problems.append(f'{where}: placeholders differ')
    if collections.Counter(TAG.findall(source)) != collections.Counter(TAG.findall(form)):
        problems.append(f'{where}: HTML tags differ')
    if source.count('\n') != form.count('\n'):
        problems.append(f'{where}: line breaks differ')
    if source.endswith('…') != form.endswith('…') and not has_rich_text(source):
        problems.append(f'{where}: the ellipsis (a dialog follows) is lost or added')
    if '\t' in source and source.split('\t', 1)[1] != form.split('\t', 1)[-1]:
        problems.append(f'{where}: shortcut text changed')
    if has_rich_text(source):
        return
    src_key = MNEMONIC.findall(source)
    tr_key = MNEMONIC.findall(form)
    if len(src_key) != len(tr_key) or len(tr_key) > 1:
        problems.append(f'{where}: needs exactly as many mnemonics (&) as the source')
    elif tr_key and lang.startswith('zh') and not re.search(r'\(&[A-Za-z0-9]\)', form):
        problems.append(f'{where}: a Chinese mnemonic is written "文件(&F)"')


# --- Menus as widgets/ builds them, to tell which texts share a menu ----------------------
STRING = r'"((?:[^"\\]|\\.)*)"'
TR_TEXT = r'tr\(\s*' + STRING + r'\s*\)'


def cpp_unescape(s):
    return s.encode('utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')


def menu_groups(root):
    """[(context, [English texts in one menu or menu bar])] found in widgets/*.cpp.

    It understands `m_x = menuBar()->addMenu(...)`, `m_y = m_x->addMenu(...)`,
    `m_x->addAction(a.act)`, `a.act->setText(tr("..."))`, `m_x->setTitle(tr("..."))` and
    `m_x->addAction(tr("..."))`; other menus are not checked."""
    groups = []
    for cpp in sorted((root / 'widgets').rglob('*.cpp')):
        code = cpp.read_text(encoding='utf-8')
        cls = re.search(r'^\w[\w:<>*& ]*?\b(\w+)::\w+\(', code, re.M)
        if not cls or 'addMenu(' not in code:
            continue
        context = ('ckpt::' if 'namespace ckpt' in code else '') + cls.group(1)
        parent = {}
        for m in re.finditer(r'(\w+)\s*=\s*(menuBar\(\)|\w+)->addMenu\(', code):
            parent[m.group(1)] = m.group(2)
        texts = {}
        for m in re.finditer(r'([\w.]+)->set(?:Text|Title)\(\s*' + TR_TEXT + r'\s*\)', code):
            texts[m.group(1)] = cpp_unescape(m.group(2))
        members = collections.defaultdict(list)
        for menu, up in parent.items():
            if menu in texts:
                members[up].append(texts[menu])
        for m in re.finditer(r'(\w+)->addAction\(\s*([\w.]+)\s*\)', code):
            if m.group(2) in texts:
                members[m.group(1)].append(texts[m.group(2)])
        for m in re.finditer(r'(\w+)->addAction\((?:[^;]*?,\s*)?' + TR_TEXT, code):
            members[m.group(1)].append(cpp_unescape(m.group(2)))
        groups += [(context, items) for items in members.values() if len(items) > 1]
    return groups


def check_menus(lang, catalogue, groups, problems):
    for context, items in groups:
        used = {}
        for source in items:
            entry = catalogue.get((context, source, ''))
            if entry is None or entry[2]:
                continue  # reported as missing or unfinished already
            letter = mnemonic(entry[1][0])
            if letter is None:
                continue
            if letter in used:
                problems.append(f'{lang}: {context}: mnemonic &{letter} of {entry[1][0]!r} is taken in the '
                                f'same menu by {used[letter]!r}')
            used[letter] = entry[1][0]


def refreshed_catalogues(files, lupdate, project, scratch):
    copies = []
    for f in files:
        copy = pathlib.Path(scratch) / f.name
        shutil.copy(f, copy)
        copies.append(copy)
    subprocess.run([lupdate, '-silent', '-no-obsolete', '-locations', 'none', '-project', project, '-ts']
                   + [str(c) for c in copies], check=True)
    return copies


TR_CALL = re.compile(r'\btr\(|QT_TR_NOOP|QT_TRANSLATE_NOOP|QCoreApplication::translate\(|Phrase::translate\(')


def unscanned_sources(root, project):
    """GUI code that calls tr() but is not in the lupdate project: its strings reach no catalogue."""
    import json
    listed = {pathlib.Path(f).resolve() for f in json.loads(pathlib.Path(project).read_text())['sources']}
    found = []
    for folder in ('model', 'widgets', 'app/gui'):
        for cpp in sorted((root / folder).rglob('*.cpp')):
            if cpp.resolve() not in listed and TR_CALL.search(cpp.read_text(encoding='utf-8')):
                found.append(cpp.relative_to(root))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('root', type=pathlib.Path)
    parser.add_argument('--lupdate')
    parser.add_argument('--project')
    args = parser.parse_args()

    folder = args.root / 'translations'
    source_file = folder / f'ckpt_inspector_{SOURCE_LANGUAGE}.ts'
    files = sorted(f for f in folder.glob('ckpt_inspector_*.ts') if f != source_file)
    if not files:
        print(f'no translated catalogues in {folder}')
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        if args.lupdate:
            source_file, *files = refreshed_catalogues([source_file] + files, args.lupdate, args.project, scratch)
        _, sources = messages(source_file)
        groups = menu_groups(args.root)
        problems = []
        if args.project:
            for cpp in unscanned_sources(args.root, args.project):
                problems.append(f'{cpp} calls tr() but lupdate does not read it (CKPT_TR_SOURCES in '
                                f'widgets/CMakeLists.txt)')
        for path in files:
            lang, catalogue = messages(path)
            expected_forms = PLURAL_FORMS.get(lang.split('_')[0])
            if expected_forms is None:
                problems.append(f'{path.name}: no plural rule known for language {lang!r}')
            for key in sources:
                if key not in catalogue:
                    problems.append(f'{lang}: {key[0]}: {key[1]!r} missing (run the update_translations target)')
            for key, (numerus, forms, unfinished) in catalogue.items():
                if key not in sources:
                    continue  # lupdate drops it with -no-obsolete; not shown by the app
                if unfinished:
                    problems.append(f'{lang}: {key[0]}: {key[1]!r} is unfinished')
                    continue
                if numerus and expected_forms and len(forms) != expected_forms:
                    problems.append(f'{lang}: {key[0]}: {key[1]!r} has {len(forms)} plural forms, '
                                    f'{lang} needs {expected_forms}')
                for form in forms:
                    check_entry(lang, key, key[1], form, problems)
            check_menus(lang, catalogue, groups, problems)
            print(f'{path.name}: {len(catalogue)} entries')
    print(f'{len(groups)} menus checked for repeated mnemonics')
    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
