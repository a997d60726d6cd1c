--TEST--
Http\Request undeclared properties live in the public `properties` array (4.x __get/__set/__isset/__unset, callable as methods too); declared ones, protected _buffer/_data and a PHP subclass's own members work normally
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Request;

$r = new Request("GET /p?a=1 HTTP/1.1\r\nHost: h\r\n\r\n");
$r->foo = 'bar';
$r->{'123'} = 'numeric';
$r->nul = null;
$r->obj = new stdClass;
var_dump($r->foo, $r->missing, isset($r->foo), isset($r->nul), isset($r->missing), empty($r->foo), empty($r->nul));
var_dump(property_exists($r, 'foo'), property_exists($r, 'connection'));
var_export($r->properties); echo "\n";
$r->obj->x = 1;            // objects are handles: this works as it does with 4.x's __get
var_dump($r->obj->x);
$r->foo .= '!';            // read + write
$r->count = 1; $r->count++;
var_dump($r->foo, $r->count);
$r->list = [1];
$r->list[] = 2;            // 4.x: "Indirect modification of overloaded property", no effect
var_dump($r->list);
unset($r->foo, $r->never);
var_dump(isset($r->foo), array_keys($r->properties));
echo "-- magic methods called directly --\n";
$r->__set('m', 5);
var_dump($r->__get('m'), $r->__isset('m'), $r->__get('zz'));
$r->__unset('m');
var_dump($r->__isset('m'));
echo "-- declared properties --\n";
var_dump($r->connection, $r->session, isset($r->connection));
$r->connection = 'c';
var_dump($r->connection, array_key_exists('connection', $r->properties));
try { $x = $r->_buffer; var_dump($x); } catch (Error $e) { echo get_class($e), "\n"; }
$r->properties = ['p' => 1];
var_dump($r->p);

echo "-- subclass with its own constructor and members (webman style) --\n";
class MyRequest extends Request
{
    public $app = null;
    protected $secret = 's';
    public $made;
    public function __construct($buffer, $extra = 'x')
    {
        parent::__construct($buffer);
        $this->made = "made:$extra";
    }
    public function setGet(array|string $input, mixed $value = null): static
    {
        $input = is_array($input) ? $input : array_merge($this->get(), [$input => $value]);
        $this->_data['get'] = $input;
        return $this;
    }
    public function setHeader(string $k, string $v): static
    {
        $this->_data['headers'] = array_merge($this->header(), [$k => $v]);
        return $this;
    }
    public function raw() { return $this->_buffer; }
    public function secret() { return $this->secret; }
}
$m = new MyRequest("GET /x?a=1 HTTP/1.1\r\nHost: sub:81\r\n\r\n", 'y');
$m->app = 'shop';
$m->dyn = 'd';
var_dump($m->made, $m->app, $m->dyn, $m->properties, $m->secret(), $m->raw() === (string)$m);
var_dump($m->setGet('b', '2')->get(), $m->get('b'));
var_dump($m->setHeader('host', 'other:99')->host(true), $m->header('HOST'));
var_dump($m->secret, isset($m->secret)); // protected from outside: 4.x's __get/__isset answer from properties
var_dump($m instanceof Stringable, $m->path());

echo "-- a subclass overriding a getter is what 4.x's other methods call --\n";
class HostRequest extends Request
{
    public function header($name = null, $default = null)
    {
        return $name === 'host' ? 'overridden:8080' : parent::header($name, $default);
    }
    public function uri() { return '/rewritten?z=9'; }
}
$h = new HostRequest("GET /orig?a=1 HTTP/1.1\r\nHost: real\r\nCookie: k=v\r\n\r\n");
var_dump($h->host(), $h->host(true), $h->path(), $h->get(), $h->cookie());

// Deliberate difference: 4.2.1 keeps answering from what it memoised for the old buffer
// (GET, /one, ''); here a new _buffer is parsed afresh.
echo "-- _buffer replaced by a subclass: the new bytes are parsed --\n";
class SwapRequest extends Request
{
    public function swap($b) { $this->_buffer = $b; }
}
$s = new SwapRequest("GET /one HTTP/1.1\r\n\r\n");
var_dump($s->path());
$s->swap("POST /two?q=1 HTTP/1.0\r\n\r\n");
var_dump($s->method(), $s->path(), $s->queryString(), $s->protocolVersion());
--EXPECTF--
string(3) "bar"
NULL
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
array (
  'foo' => 'bar',
  123 => 'numeric',
  'nul' => NULL,
  'obj' => 
  (object) array(
  ),
)
int(1)
string(4) "bar!"
int(2)

Notice: Indirect modification of overloaded property Workerman\Protocols\Http\Request::$list has no effect in %s on line %d
array(1) {
  [0]=>
  int(1)
}
bool(false)
array(5) {
  [0]=>
  int(123)
  [1]=>
  string(3) "nul"
  [2]=>
  string(3) "obj"
  [3]=>
  string(5) "count"
  [4]=>
  string(4) "list"
}
-- magic methods called directly --
int(5)
bool(true)
NULL
bool(false)
-- declared properties --
NULL
NULL
bool(false)
string(1) "c"
bool(false)
NULL
int(1)
-- subclass with its own constructor and members (webman style) --
string(6) "made:y"
string(4) "shop"
string(1) "d"
array(1) {
  ["dyn"]=>
  string(1) "d"
}
string(1) "s"
bool(true)
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
}
string(1) "2"
string(5) "other"
string(8) "other:99"
NULL
bool(false)
bool(true)
string(2) "/x"
-- a subclass overriding a getter is what 4.x's other methods call --
string(15) "overridden:8080"
string(10) "overridden"
string(10) "/rewritten"
array(1) {
  ["z"]=>
  string(1) "9"
}
array(1) {
  ["k"]=>
  string(1) "v"
}
-- _buffer replaced by a subclass: the new bytes are parsed --
string(4) "/one"
string(4) "POST"
string(4) "/two"
string(3) "q=1"
string(3) "1.0"
