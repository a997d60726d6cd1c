--TEST--
IDE stubs: php-src-stubs/ide/workerman-4.php and -5.php match the stubs and the classes each API profile registers (scripts/ide-stubs.php --check), and parse
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$root = dirname(__DIR__, 2);
foreach (['4', '5'] as $api) {
    $cmd = [PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-d', "workerman.api=$api", "$root/scripts/ide-stubs.php", '--check'];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo stream_get_contents($pipes[1]);
    proc_close($p);
    exec(escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg("$root/php-src-stubs/ide/workerman-$api.php"), $lint, $rc);
    echo "lint $api: $rc\n";
}
?>
--EXPECT--
workerman-4.php up to date
lint 4: 0
workerman-5.php up to date
lint 5: 0
