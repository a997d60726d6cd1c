<?php
// Regenerates the <contents> of package.xml (the PECL package) from `git ls-files`, so files
// added to ext/, php-src-stubs/ or tests/ are packaged: run it after adding or removing files,
// and before `pecl package`, which warns unless <date> is today: it writes today's date (UTC).
// The rest of package.xml (version, notes, dependencies) is edited by hand.
//   php scripts/gen-package-xml.php           rewrite package.xml in place
//   php scripts/gen-package-xml.php --check   exit 1 (and say which files) if <contents> is out
//                                             of date (the date is not checked)
//   php scripts/gen-package-xml.php --stdout  print what it would write

$root = dirname(__DIR__);
$packageXml = "$root/package.xml";
$check = in_array('--check', $argv, true);
$stdout = in_array('--stdout', $argv, true);

/** The role PECL installs a file with, or null when the file is not packaged. */
function package_role(string $path): ?string
{
    if (preg_match('#^(ext|php-src-stubs)/#', $path) || in_array($path, ['config.m4', 'config.w32'], true)) {
        return 'src';
    }
    if (str_starts_with($path, 'tests/')) {
        return 'test';
    }
    if (preg_match('#^(README(\.md)?|LICENSE|CREDITS|NEWS|examples/.*)$#', $path)) {
        return 'doc';
    }
    return null;
}

function tracked_files(string $root): array
{
    exec('git -C ' . escapeshellarg($root) . ' ls-files -z 2>/dev/null', $lines, $status);
    if ($status !== 0) {
        fwrite(STDERR, "gen-package-xml: `git ls-files` failed in $root: run it inside the git checkout\n");
        exit(2);
    }
    $files = array_filter(explode("\0", implode("\n", $lines)), 'strlen');
    // A file deleted but not yet committed is still tracked: package what is on disk.
    $files = array_filter($files, fn ($f) => is_file("$root/$f"));
    sort($files, SORT_STRING);
    return $files;
}

function contents_xml(array $files): string
{
    $xml = " <contents>\n  <dir name=\"/\">\n";
    foreach ($files as $file) {
        $role = package_role($file);
        if ($role !== null) {
            $xml .= sprintf("   <file name=\"%s\" role=\"%s\"/>\n", htmlspecialchars($file, ENT_XML1 | ENT_QUOTES), $role);
        }
    }
    return $xml . "  </dir>\n </contents>";
}

if (!is_file($packageXml)) {
    fwrite(STDERR, "gen-package-xml: no $packageXml to update\n");
    exit(2);
}
$current = file_get_contents($packageXml);
$contents = contents_xml(tracked_files($root));
$updated = preg_replace('#[ \t]*<contents>.*?</contents>#s', $contents, $current, 1, $count);
if ($count !== 1) {
    fwrite(STDERR, "gen-package-xml: package.xml has no <contents> element\n");
    exit(2);
}
$dated = preg_replace('#<date>[^<]*</date>#', '<date>' . gmdate('Y-m-d') . '</date>', $updated, 1);
if ($stdout) {
    echo $dated;
    exit(0);
}
if ($check) {
    if ($updated === $current) {
        exit(0);
    }
    preg_match_all('#<file name="([^"]+)"#', $current, $old);
    preg_match_all('#<file name="([^"]+)"#', $updated, $new);
    foreach (array_diff($new[1], $old[1]) as $f) {
        echo "missing from package.xml: $f\n";
    }
    foreach (array_diff($old[1], $new[1]) as $f) {
        echo "listed in package.xml but not tracked: $f\n";
    }
    echo "package.xml is out of date: run php scripts/gen-package-xml.php\n";
    exit(1);
}
file_put_contents($packageXml, $dated);
echo "package.xml: ", substr_count($contents, '<file '), " files, dated ", gmdate('Y-m-d'), "\n";
