--TEST--
Packaging: package.xml is valid PECL 2.0, provides workerman and lists every source file; config.m4 builds every ext .c
--FILE--
<?php
$root = dirname(__DIR__, 2);

$doc = new DOMDocument();
var_dump(@$doc->load("$root/package.xml"));
$xp = new DOMXPath($doc);
$xp->registerNamespace('p', 'http://pear.php.net/dtd/package-2.0');
var_dump($doc->documentElement->getAttribute('version'));
var_dump($xp->evaluate('string(/p:package/p:name)'));
var_dump($xp->evaluate('string(/p:package/p:providesextension)'));
var_dump($xp->evaluate('count(/p:package/p:extsrcrelease)'));

$listed = [];
foreach ($xp->query('/p:package/p:contents/p:dir[@name="/"]//p:file') as $file) {
    $listed[$file->getAttribute('name')] = $file->getAttribute('role');
}

/** Source files on disk, build products of phpize/make left out. */
function source_files(string $root, string $dir): array
{
    $found = [];
    $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$root/$dir", FilesystemIterator::SKIP_DOTS));
    foreach ($it as $path => $info) {
        $rel = substr($path, strlen($root) + 1);
        if ($info->isFile() && !preg_match('#(^|/)\.|\.(o|lo|la|so|dep|gcno|gcda|orig|rej|swp)$|~$#', $rel)) {
            $found[] = $rel;
        }
    }
    sort($found);
    return $found;
}

$missing = [];
foreach (['ext', 'php-src-stubs'] as $dir) {
    foreach (source_files($root, $dir) as $file) {
        if (($listed[$file] ?? null) !== 'src') {
            $missing[] = $file;
        }
    }
}
echo "on disk but not listed as src: ", $missing ? implode(', ', $missing) : 'none', "\n";
echo "config files listed: ", (($listed['config.m4'] ?? '') === 'src' && ($listed['config.w32'] ?? '') === 'src') ? 'yes' : 'no', "\n";
$gone = array_filter(array_keys($listed), fn ($f) => !is_file("$root/$f"));
echo "listed but not on disk: ", $gone ? implode(', ', $gone) : 'none', "\n";
$badRoles = array_filter($listed, fn ($role, $f) => $role !== (str_starts_with($f, 'tests/') ? 'test' : ($role === 'doc' ? 'doc' : 'src')), ARRAY_FILTER_USE_BOTH);
echo "files with a wrong role: ", $badRoles ? implode(', ', array_keys($badRoles)) : 'none', "\n";

$m4 = file_get_contents("$root/config.m4");
$unbuilt = array_filter(source_files($root, 'ext'), fn ($f) => str_ends_with($f, '.c') && !preg_match('#(^|\s|\[)' . preg_quote($f, '#') . '(\s|\]|$)#', $m4));
echo "ext .c files missing from config.m4: ", $unbuilt ? implode(', ', $unbuilt) : 'none', "\n";
?>
--EXPECT--
bool(true)
string(3) "2.0"
string(9) "workerman"
string(9) "workerman"
float(1)
on disk but not listed as src: none
config files listed: yes
listed but not on disk: none
files with a wrong role: none
ext .c files missing from config.m4: none
