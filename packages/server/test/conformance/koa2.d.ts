// `koa2` is Koa 2 installed under an npm alias beside Koa 3; its API is the one @types/koa describes.
declare module 'koa2' {
  import Koa from 'koa';

  export default Koa;
}
