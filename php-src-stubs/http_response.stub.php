<?php

/**
 * Workerman\Protocols\Http: Response, Chunk and ServerSentEvents (Workerman 4.2.1 API).
 * State lives in the 4.x protected properties so PHP subclasses keep working; the C code
 * reads them by slot. (string)$response is built in C by the cast handler.
 * @generate-class-entries
 */

namespace Workerman\Protocols\Http {

    class Response implements \Stringable
    {
        /** @var array|null */
        protected $_header = null;
        /** @var int|null */
        protected $_status = null;
        /** @var string|null */
        protected $_reason = null;
        /** @var string */
        protected $_version = '1.1';
        /** @var string|null */
        protected $_body = null;
        /** @var array|null */
        public $file = null;
        /** @var array|null */
        protected static $_mimeTypeMap = null;
        /** @var array */
        protected static $_phrases = [];

        /** @return void */
        public static function init() {}

        /** @return void */
        public static function initMimeTypeMap() {}

        public function __construct(mixed $status = 200, mixed $headers = [], mixed $body = '') {}

        /** @return static */
        public function header(mixed $name, mixed $value) {}

        /** @return static */
        public function withHeader(mixed $name, mixed $value) {}

        /** @return static */
        public function withHeaders(mixed $headers) {}

        /** @return static */
        public function withoutHeader(mixed $name) {}

        /** @return mixed */
        public function getHeader(mixed $name) {}

        /** @return mixed */
        public function getHeaders() {}

#if WM_API == 5
        /** @return static */
        public function withStatus(mixed $code, mixed $reasonPhrase = null) {}
#else
        /** @return static */
        public function withStatus(mixed $code, mixed $reason_phrase = null) {}
#endif

        /** @return mixed */
        public function getStatusCode() {}

        /** @return mixed */
        public function getReasonPhrase() {}

        /** @return static */
        public function withProtocolVersion(mixed $version) {}

        /** @return static */
        public function withBody(mixed $body) {}

        /** @return mixed */
        public function rawBody() {}

        /** @return static */
        public function withFile(mixed $file, mixed $offset = 0, mixed $length = 0) {}

#if WM_API == 5
        /** @return static */
        public function cookie(mixed $name, mixed $value = '', mixed $maxAge = null, mixed $path = '', mixed $domain = '', mixed $secure = false, mixed $httpOnly = false, mixed $sameSite = '') {}
#else
        /** @return static */
        public function cookie(mixed $name, mixed $value = '', mixed $max_age = null, mixed $path = '', mixed $domain = '', mixed $secure = false, mixed $http_only = false, mixed $same_site = '') {}
#endif

#if WM_API == 5
        /** @return string */
        protected function createHeadForFile(mixed $fileInfo) {}
#else
        /** @return string */
        protected function createHeadForFile(mixed $file_info) {}
#endif

        public function __toString(): string {}

#if WM_API == 5
        // 5.x (also the public constant PHRASES, declared at MINIT by wm_http_response.c:
        // gen_stub cannot declare an array constant)
        public function getMimeType(string $ext): string {}
#endif
    }

    class Chunk implements \Stringable
    {
        /** @var string|null */
        protected $_buffer = null;

        public function __construct(mixed $buffer) {}

        public function __toString(): string {}
    }

    class ServerSentEvents implements \Stringable
    {
        /** @var array|null */
        protected $_data = null;

        public function __construct(array $data) {}

        public function __toString(): string {}
    }
}
