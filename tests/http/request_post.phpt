--TEST--
Http\Request::post() as 4.2.1: urlencoded through parse_str, Content-Type with the word json -> (array)json_decode($body, true), empty body, post() and file() parsed once together
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Request;

function req(string $ct, string $body): Request
{
    return new Request("POST /p HTTP/1.1\r\nHost: h\r\nContent-Type: $ct\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
}
$cases = [
    ['application/x-www-form-urlencoded', 'a=1&b[]=2&b[]=3&c[x][y]=z&sp=a+b%21&=empty&n'],
    ['application/json', '{"a":1,"b":{"c":[1,2.5]},"n":null,"s":"\u00e9"}'],
    ['application/json; charset=utf-8', '[1,"x",true]'],
    ['application/vnd.api+json', '"just a string"'],
    ['TEXT/JSON', '42'],
    ['application/json', 'null'],
    ['application/json', '{broken'],
    ['application/jsonp', 'a=1'],
    ['json_x', 'a=1'],
    ['x-json', '{"k":"v"}'],
    ['', 'k=v'],
    ['application/x-www-form-urlencoded', ''],
];
foreach ($cases as [$ct, $body]) {
    $r = req($ct, $body);
    echo json_encode([$ct, $body]), ' => ', json_encode($r->post()), ' files ', json_encode($r->file()), "\n";
}
$r = req('application/json', '{"a":null,"b":0}');
var_dump($r->post('a', 'default for null'), $r->post('b', 'x'), $r->post('c'));
$r = req('application/x-www-form-urlencoded', 'x=1');
var_dump($r->file(), $r->post('x'));
--EXPECT--
["application\/x-www-form-urlencoded","a=1&b[]=2&b[]=3&c[x][y]=z&sp=a+b%21&=empty&n"] => {"a":"1","b":["2","3"],"c":{"x":{"y":"z"}},"sp":"a b!","n":""} files []
["application\/json","{\"a\":1,\"b\":{\"c\":[1,2.5]},\"n\":null,\"s\":\"\\u00e9\"}"] => {"a":1,"b":{"c":[1,2.5]},"n":null,"s":"\u00e9"} files []
["application\/json; charset=utf-8","[1,\"x\",true]"] => [1,"x",true] files []
["application\/vnd.api+json","\"just a string\""] => ["just a string"] files []
["TEXT\/JSON","42"] => [42] files []
["application\/json","null"] => [] files []
["application\/json","{broken"] => [] files []
["application\/jsonp","a=1"] => {"a":"1"} files []
["json_x","a=1"] => {"a":"1"} files []
["x-json","{\"k\":\"v\"}"] => {"k":"v"} files []
["","k=v"] => {"k":"v"} files []
["application\/x-www-form-urlencoded",""] => [] files []
string(16) "default for null"
int(0)
NULL
array(0) {
}
string(1) "1"
