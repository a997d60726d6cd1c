--TEST--
Protocols: maxPackageSize: frame length too big prints "Error package" and closes only that connection; Text closes at the limit
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$port = wm_free_port();
$tport = wm_free_port();
$server = new WmServer(<<<PHP
use Workerman\Worker;
\$f = new Worker('frame://127.0.0.1:$port');
\$f->onWorkerStart = function () { wm_ready(); };
\$f->onConnect = function (\$c) { \$c->maxPackageSize = 100; };
\$f->onMessage = function (\$c, \$data) { \$c->send("ok:\$data"); };
\$f->onClose = function (\$c) { echo "\\nframe close {\$c->id}\\n"; };
\$t = new Worker('text://127.0.0.1:$tport');
\$t->onConnect = function (\$c) { \$c->maxPackageSize = 10; };
\$t->onMessage = function (\$c, \$data) { echo "text \$data\\n"; };
\$t->onClose = function (\$c) { echo "text close\\n"; };
Worker::runAll();
PHP);
$server->waitReady();
$good = wm_connect($port);
$bad = wm_connect($port);
fwrite($bad, pack('N', 101) . 'x');
var_dump(wm_read_all($bad));
fwrite($good, pack('N', 7) . 'abc');
var_dump(substr(wm_read_exact($good, 10), 4));
$t = wm_connect($tport);
fwrite($t, "12345\n6789012"); /* 13 bytes >= 10: Text::input closes before looking for "\n" */
var_dump(wm_read_all($t));
$server->waitFor("text close");
$out = $server->stop();
preg_match_all('/^(Error|frame close|text).*$/m', $out, $m);
echo implode("\n", $m[0]), "\n";
?>
--EXPECT--
string(0) ""
string(6) "ok:abc"
string(0) ""
Error package. package_length=101
frame close 2
text close
frame close 1
