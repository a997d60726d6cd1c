--TEST--
Http\Session\FileSessionHandler: the save path comes from ini session.save_path (created if missing), or the temp dir when it is empty or tcp://
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$base = sys_get_temp_dir() . '/wm_sess_path_' . getmypid();
$code = '$r = new ReflectionProperty(Workerman\Protocols\Http\Session\FileSessionHandler::class, "_sessionSavePath");'
    . '$r->setAccessible(true); $before = $r->getValue();'
    . '$s = new Workerman\Protocols\Http\Session("p1"); $s->set("a", 1); unset($s);'
    . 'echo json_encode([$before, $r->getValue(), is_file($r->getValue() . "session_p1")]), "\n"; @unlink($r->getValue() . "session_p1");';
foreach (["$base/ini/dir", 'tcp://127.0.0.1:1', '', '0'] as $path) {
    $cmd = [PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-d', "session.save_path=$path", '-r', $code];
    $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    echo str_replace([trim(json_encode($base), '"'), json_encode(sys_get_temp_dir() . '/')], ['BASE', '"TMP/"'], $out);
}
var_dump(is_dir("$base/ini/dir"));
rmdir("$base/ini/dir"); rmdir("$base/ini"); rmdir($base);
?>
--EXPECT--
[null,"BASE\/ini\/dir\/",true]
[null,"TMP/",true]
[null,"TMP/",true]
[null,"TMP/",true]
bool(true)
