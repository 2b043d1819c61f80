// The part of sax (https://github.com/isaacs/sax-js, BlueOak-1.0.0) that the feed reader uses; the
// package ships no types.
declare module 'sax' {
  export interface QualifiedTag {
    name: string;
    attributes: Record<string, string>;
  }
  export interface SAXParser {
    onopentag: (tag: QualifiedTag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    onerror: (error: Error) => void;
    resume(): SAXParser;
    write(chunk: string): SAXParser;
    close(): SAXParser;
    error: Error | null;
  }
  export function parser(strict: boolean, options?: { lowercase?: boolean; trim?: boolean; normalize?: boolean }): SAXParser;
}
