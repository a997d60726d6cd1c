<?php
/* check-names.php: the maps a newcomer reads first stay true. Checks that each file of ext/
 * opens with a comment naming itself, that every ext/ file a comment or README names exists,
 * that README's Layout names every file of ext/, and that every global symbol the built
 * objects define carries the wm_ prefix (PHP's generated names aside). Exit 1 on any miss.
 * Run after `make`: php scripts/check-names.php */

$root = dirname(__DIR__);
chdir($root);
$problems = [];
$files = array_merge(glob('ext/*.[ch]'), glob('ext/*/*.[ch]'));
$files = array_values(array_filter($files, fn($f) => !str_ends_with($f, '_arginfo.h') && basename($f) !== 'config.h'));
$known = [];
foreach ($files as $f) {
    $known[substr($f, 4)] = true;
    $known[basename($f)] = true;
}

/* 1. The opening comment names the file. */
foreach ($files as $f) {
    $first = strtok(file_get_contents($f), "\n");
    if (!preg_match('~^/\* ([A-Za-z0-9_./]+):~', $first, $m) || basename($m[1]) !== basename($f)) {
        $problems[] = "$f: does not open with '/* " . basename($f) . ": ...'";
    }
}

/* 2. Names of ext files in comments and README exist. A name is ours when it has our
 *    prefixes (wm_, proto_, http_parser, ws_); system and PHP headers are not. */
$ours = '~^(wm_|proto_|http_parser|ws_frame|ws_handshake|php_workerman)~';
$readme = file_get_contents('README.md');
foreach (array_merge($files, ['README.md']) as $f) {
    $text = $f === 'README.md' ? $readme : implode("\n", array_filter(file($f), fn($l) => !preg_match('~^\s*#\s*include~', $l)));
    preg_match_all('~(?<![\w/.-])((?:ext/)?(?:[a-z]+/)?[a-z_0-9]+\.[ch])\b~', $text, $m);
    foreach (array_unique($m[1]) as $ref) {
        $rel = preg_replace('~^ext/~', '', $ref);
        if (!preg_match($ours, basename($rel)) || str_contains($rel, '*')) {
            continue;
        }
        if (str_contains($rel, '/') && !preg_match('~^(http|ws|tls|protocols)/~', $rel)) {
            continue; /* benchmarks/c/..., tests/... */
        }
        if (!isset($known[$rel]) && !isset($known[basename($rel)])) {
            $problems[] = "$f: names $ref, which is not in ext/";
        } elseif (str_contains($rel, '/') && !isset($known[$rel])) {
            $problems[] = "$f: names $ref, which is elsewhere in ext/";
        }
    }
}

/* 3. README's Layout names every .c file of ext/. */
if (!preg_match('~^## Layout\n(.*?)(?=^## |\z)~ms', $readme, $layout)) {
    $problems[] = 'README.md: no "## Layout" section';
} else {
    foreach ($files as $f) {
        if (str_ends_with($f, '.c') && !str_contains($layout[1], basename($f))) {
            $problems[] = "README.md Layout: does not name $f";
        }
    }
}

/* 4. Global symbols carry the wm_ prefix. */
foreach ($files as $f) {
    if (!str_ends_with($f, '.c')) {
        continue;
    }
    $obj = dirname($f) . '/.libs/' . basename($f, '.c') . '.o';
    if (!is_file($obj)) {
        fwrite(STDERR, "check-names: $obj missing, run make first\n");
        exit(2);
    }
    foreach (explode("\n", trim((string)shell_exec('nm ' . escapeshellarg($obj)))) as $line) {
        if (preg_match('~^\s*[0-9a-f]+\s+[TDBRC]\s+(\S+)$~', $line, $m)
            && !preg_match('~^(wm_|zim_|zif_|workerman_module_entry$|get_module$)~', $m[1])) {
            $problems[] = "$f: global symbol $m[1] lacks the wm_ prefix";
        }
    }
}

foreach ($problems as $p) {
    echo "$p\n";
}
printf("check-names: %d problems\n", count($problems));
exit($problems ? 1 : 0);
