--TEST--
Layering of ext/ (issue 13): no call or include points up from one area to another (runtime < connection < protocols < process model) and no circle spans two areas (scripts/layering.php on the built objects); the maps stay true: each file opens with its name, every ext file a comment or README names exists, README's Layout names every .c file, every global symbol has the wm_ prefix (scripts/check-names.php)
--EXTENSIONS--
workerman
--SKIPIF--
<?php
$root = dirname(__DIR__, 2);
if (!is_file("$root/ext/.libs/wm_module.o")) die('skip no in-tree build objects (ext/.libs)');
exec('command -v nm', $out, $rc);
if ($rc) die('skip no nm');
?>
--FILE--
<?php
$root = dirname(__DIR__, 2);
foreach (['layering.php', 'check-names.php'] as $script) {
    exec(escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg("$root/scripts/$script") . ' 2>&1', $out, $rc);
    echo end($out), " (exit $rc)\n";
    if ($rc) {
        echo implode("\n", array_slice($out, 0, 40)), "\n";
    }
    $out = [];
}
?>
--EXPECTF--
layering: 0 upward edges between areas, 0 circles across areas, %d upward edges inside areas (exit 0)
check-names: 0 problems (exit 0)
