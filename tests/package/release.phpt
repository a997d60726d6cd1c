--TEST--
Packaging for a release: scripts/gen-package-xml.php writes today's date (UTC; `pecl package` warns otherwise) and --check finds <contents> current; the tarball `pecl package` leaves is ignored by git
--SKIPIF--
<?php
if (!is_dir(dirname(__DIR__, 2) . '/.git') && !is_file(dirname(__DIR__, 2) . '/.git')) die('skip not a git checkout');
?>
--FILE--
<?php
$root = dirname(__DIR__, 2);
$script = escapeshellarg("$root/scripts/gen-package-xml.php");
exec(escapeshellarg(PHP_BINARY) . " -n $script --check", $out, $rc);
echo "--check: $rc ", implode(' ', $out), "\n";
$xml = shell_exec(escapeshellarg(PHP_BINARY) . " -n $script --stdout");
preg_match('#<date>([^<]*)</date>#', $xml, $m);
echo "date written: ", ($m[1] ?? '') === gmdate('Y-m-d') ? 'today' : ($m[1] ?? 'none'), "\n";
preg_match('#<release>([^<]*)</release>#', $xml, $v);
exec('git -C ' . escapeshellarg($root) . ' check-ignore -q ' . escapeshellarg("workerman-$v[1].tgz"), $ignored, $rc);
echo "workerman-<version>.tgz ignored: ", $rc === 0 ? 'yes' : 'no', "\n";
?>
--EXPECT--
--check: 0 
date written: today
workerman-<version>.tgz ignored: yes
