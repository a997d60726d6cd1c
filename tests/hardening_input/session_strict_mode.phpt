--TEST--
Hardening: with session.use_strict_mode=1 a well-formed session cookie naming no stored session is not adopted (a fresh id is issued); a stored one is(with it off, tests/hardening_input/session_invalid_id.phpt: adopted as Workerman does)
--EXTENSIONS--
workerman
session
--INI--
session.use_strict_mode=1
--FILE--
<?php
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\FileSessionHandler;

class Conn { public $headers = []; }
$dir = sys_get_temp_dir() . '/wm-strict-' . getmypid();
@mkdir($dir);
Session::handlerClass(FileSessionHandler::class, ['save_path' => $dir]);
Session::$name = 'PHPSID';

function open_with(string $cookie): array
{
    $r = new Request("GET / HTTP/1.1\r\nCookie: PHPSID=$cookie\r\n\r\n");
    $r->connection = $c = new Conn;
    $s = $r->session();
    return [$s, isset($c->headers['Set-Cookie'])];
}
$chosen = 'attackerChosen0123456789abcdef';
[$s, $cookie] = open_with($chosen);
echo "unknown id adopted: ", var_export($s->getId() === $chosen, true), ", new cookie: ", var_export($cookie, true), "\n";
$s->set('user', 'alice');
$s->save();
$stored = $s->getId();
unset($s);
[$s, $cookie] = open_with($stored);
echo "stored id adopted: ", var_export($s->getId() === $stored, true), ", data: ", $s->get('user'), ", new cookie: ", var_export($cookie, true), "\n";
unset($s);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
unknown id adopted: false, new cookie: true
stored id adopted: true, data: alice, new cookie: false
