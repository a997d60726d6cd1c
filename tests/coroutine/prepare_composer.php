<?php
// Rewrites the composer.json of a scratch copy of workerman/coroutine for tests/coroutine/run.sh.
// Called as: php prepare_composer.php <composer.json> <ext|reference> <version> [<workerman dir>]
// Never run on a tree of theirs: run.sh hands it the scratch copy only.

[, $file, $mode, $version, $workermanDir] = $argv + [null, null, null, null, null];
if (!$file || !in_array($mode, ['ext', 'reference'], true) || !$version
    || ($mode === 'reference' && !$workermanDir)) {
    fwrite(STDERR, "usage: prepare_composer.php <composer.json> <ext|reference> <version> [<workerman dir>]\n");
    exit(2);
}
$json = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);

// Workerman 5.2.2 requires workerman/coroutine ^1.1: the root package is that package, so it
// needs its tag's version (a scratch copy has no git to guess it from).
$json['version'] = $version;

// Against the extension nothing else is installed: the native Worker, Timer and
// Events\Fiber stand in for Workerman's PHP and for Revolt. The reference is Workerman 5.2.2's
// PHP (not on Packagist here: a path repository, copied so a cached vendor/ does not point
// into an old scratch dir) and Revolt, which its Fiber loop runs on.
if ($mode === 'reference') {
    $json['repositories'] = [[
        'type' => 'path',
        'url' => $workermanDir,
        'options' => ['symlink' => false, 'versions' => ['workerman/workerman' => '5.2.2']],
    ]];
    $json['require']['workerman/workerman'] = '5.2.2';
    $json['require']['revolt/event-loop'] = '^1.0';
}

$json['prefer-stable'] = true;
// A global "lock": false would leave no record of the versions the cached vendor/ holds.
$json['config']['lock'] = true;

file_put_contents($file, json_encode($json, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
