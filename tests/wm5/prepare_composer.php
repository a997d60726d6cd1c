<?php
// Rewrites the composer.json of a scratch copy of a Workerman 5 tree for tests/wm5/run.sh.
// Called as: php prepare_composer.php <composer.json> <ext|reference> <coroutine dir> <coroutine version>
// Never run on the given tree itself: run.sh hands it the scratch copy only.

[, $file, $mode, $coroutineDir, $coroutineVersion] = $argv + [null, null, null, null, null];
if (!$file || !in_array($mode, ['ext', 'reference'], true) || !$coroutineDir || !$coroutineVersion) {
    fwrite(STDERR, "usage: prepare_composer.php <composer.json> <ext|reference> <coroutine dir> <version>\n");
    exit(2);
}
$json = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);

// Static analysis is not part of the test run.
unset($json['require-dev']['phpstan/phpstan'], $json['scripts']['analyze']);

// Against the extension no Workerman PHP may load: the native classes stand in for src/.
if ($mode === 'ext') {
    unset($json['autoload']['psr-4']['Workerman\\']);
    if (empty($json['autoload']['psr-4'])) {
        unset($json['autoload']['psr-4']);
    }
    if (empty($json['autoload'])) {
        unset($json['autoload']);
    }
}

// workerman/coroutine is not on Packagist: a path repository copied (not symlinked) into
// vendor/, so a cached vendor/ does not point into an old scratch dir.
$json['repositories'] = [[
    'type' => 'path',
    'url' => $coroutineDir,
    'options' => ['symlink' => false, 'versions' => ['workerman/coroutine' => $coroutineVersion]],
]];
$json['require']['workerman/coroutine'] = $coroutineVersion;

// The tree says minimum-stability dev; without this, dev branches of the test tools win.
$json['prefer-stable'] = true;
// A global "lock": false would leave no record of the versions the cached vendor/ holds.
$json['config']['lock'] = true;

file_put_contents($file, json_encode($json, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
