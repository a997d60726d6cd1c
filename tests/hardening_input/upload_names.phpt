--TEST--
Hardening: upload file names go through basename() as PHP reports them ('/' and '\' directory parts dropped, cut at a NUL; 5.x's full_path keeps the path), and PHP's max_file_uploads applies: later file parts get no temp file and no entry, fields still parse
--EXTENSIONS--
workerman
--INI--
max_file_uploads=3
--FILE--
<?php
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http;

$dir = sys_get_temp_dir() . '/wm_upload_names_' . getmypid();
@mkdir($dir);
Http::uploadTmpDir($dir);
function multipart(array $parts): string
{
    $body = '';
    foreach ($parts as $p) {
        $body .= "--B\r\n$p\r\n";
    }
    $body .= "--B--\r\n";
    return "POST / HTTP/1.1\r\nHost: h\r\nContent-Type: multipart/form-data; boundary=B\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body";
}
function file_part(string $field, string $name, string $data): string
{
    return "Content-Disposition: form-data; name=\"$field\"; filename=\"$name\"\r\nContent-Type: text/plain\r\n\r\n$data";
}
$five = Workerman\Worker::VERSION[0] === '5';
$r = new Request(multipart([
    file_part('a', '../../etc/passwd', 'A'),
    file_part('b', "C:\\Users\\me\\evil.php\0.jpg", 'B'),
    file_part('c', 'dir/sub/', 'C'),
]));
foreach ($r->file() as $field => $f) {
    echo "$field: name=", json_encode($f['name']), $five ? ' full_path=' . json_encode($f['full_path']) : '', "\n";
}
if ($five) {
    echo "(5.x keeps the path in full_path)\n";
}
unset($r);

$parts = [];
for ($i = 1; $i <= 5; $i++) {
    $parts[] = file_part("f$i", "f$i.txt", "data$i");
    $parts[] = "Content-Disposition: form-data; name=\"field$i\"\r\n\r\nv$i";
}
$r = new Request(multipart($parts));
echo "files: ", implode(',', array_keys($r->file())), "\n";
echo "fields: ", implode(',', array_keys($r->post())), "\n";
echo "temp files: ", count(glob("$dir/workerman.upload.*")), "\n";
unset($r);
echo "temp files after: ", count(glob("$dir/workerman.upload.*")), "\n";
rmdir($dir);
?>
--EXPECTF--
a: name="passwd"%S
b: name="evil.php"%S
c: name=""%S
%Afiles: f1,f2,f3
fields: field1,field2,field3,field4,field5
temp files: 3
temp files after: 0
