<?php
// Rewrites the composer.json of a scratch webman skeleton for tests/webman2/run.sh, and of the
// scratch copy of Workerman it installs. Never run on a source tree: run.sh hands it copies.
// Called as:
//   php prepare_composer.php app <composer.json> <name>=<dir>@<version>... [<name>@<constraint>...]
//   php prepare_composer.php workerman <composer.json> <ext|reference>

$usage = "usage: prepare_composer.php app <composer.json> <name>=<dir>@<version>... [<name>@<constraint>...]\n"
    . "       prepare_composer.php workerman <composer.json> <ext|reference>\n";
[, $what, $file] = $argv + [null, null, null];
if (!in_array($what, ['app', 'workerman'], true) || !$file || !is_file($file)) {
    fwrite(STDERR, $usage);
    exit(2);
}
$json = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);

if ($what === 'workerman') {
    $mode = $argv[3] ?? '';
    if (!in_array($mode, ['ext', 'reference'], true)) {
        fwrite(STDERR, $usage);
        exit(2);
    }
    // The package stays installed, so vendor/composer/installed.php lists workerman/workerman
    // (the extension's `auto` profile reads its version there); against the extension nothing
    // of it may be autoloadable.
    if ($mode === 'ext') {
        unset($json['autoload']);
    }
    unset($json['autoload-dev'], $json['require-dev'], $json['scripts'], $json['config']);
} else {
    // The packages Packagist lacks here: path repositories, copied (not symlinked) into vendor/
    // so a cached vendor/ does not point into an old scratch dir.
    $json['repositories'] = [];
    foreach (array_slice($argv, 3) as $spec) {
        // name@constraint: from Packagist (the reference's revolt/event-loop).
        if (preg_match('/^([a-z0-9_.-]+\/[a-z0-9_.-]+)@([^=@]+)$/', $spec, $m)) {
            $json['require'][$m[1]] = $m[2];
            continue;
        }
        if (!preg_match('/^([^=]+)=(.+)@([^@]+)$/', $spec, $m)) {
            fwrite(STDERR, "bad package spec '$spec'\n" . $usage);
            exit(2);
        }
        [, $name, $dir, $version] = $m;
        $json['repositories'][] = [
            'type' => 'path',
            'url' => $dir,
            'options' => ['symlink' => false, 'versions' => [$name => $version]],
        ];
        // Pinned, so the run says which versions it tested.
        $json['require'][$name] = $version;
    }
    // The skeleton's hooks copy files into the app (support\Plugin::install): the skeleton
    // already has them, and a cached vendor/ would skip them anyway.
    unset($json['scripts']);
    $json['prefer-stable'] = true;
    $json['config']['lock'] = true;
}

file_put_contents($file, json_encode($json, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
