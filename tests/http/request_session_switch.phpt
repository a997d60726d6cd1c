--TEST--
Http\Request::sessionId($id) as 5.x: session() then opens the new id (the old Session object is dropped and saves its unsaved changes), its cookie is queued with Session's attributes; destroy() lets the session save too
--EXTENSIONS--
workerman
--SKIPIF--
<?php if (Workerman\Worker::VERSION[0] !== '5') die('skip 5.x members: API profile 5 only (WM_API=5)'); ?>
--FILE--
<?php
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;

$dir = sys_get_temp_dir() . '/wm-sess-switch-' . getmypid() . '/';
FileSessionHandler::sessionSavePath($dir);
Session::$cookieLifetime = 7200;
Session::$cookiePath = '/app';
Session::$domain = 'example.com';
Session::$secure = true;
Session::$httpOnly = true;
Session::$sameSite = 'Lax';
class Conn { public $headers = []; }

$r = new Request("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
$r->connection = $c = new Conn;
$old = $r->sessionId();
$r->session()->set('saved', 1);
$r->session()->save();
$r->session()->set('unsaved', 2);
$first = $r->session();
$first = null;
$pre = new Session(str_repeat('F', 32));
$pre->set('pre', 'yes');
$pre->save();
$pre = null;

$r->sessionId(str_repeat('F', 32));
var_dump($r->sessionId(), $r->session()->getId(), $r->session()->all());
echo $c->headers['Set-Cookie'][0], "\n";
var_dump((new Session($old))->all());

$r->session()->set('more', 3);
$r->destroy();
var_dump($r->session, $r->sessionId === null);
var_dump((new Session(str_repeat('F', 32)))->all());
array_map('unlink', glob("$dir*"));
rmdir($dir);
?>
--EXPECT--
string(32) "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
string(32) "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"
array(1) {
  ["pre"]=>
  string(3) "yes"
}
PHPSID=FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF; Domain=example.com; Max-Age=7200; Path=/app; SameSite=Lax; Secure; HttpOnly
array(2) {
  ["saved"]=>
  int(1)
  ["unsaved"]=>
  int(2)
}
NULL
bool(true)
array(2) {
  ["pre"]=>
  string(3) "yes"
  ["more"]=>
  int(3)
}
