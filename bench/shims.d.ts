/** moment-business-time ships no types: it patches moment.fn and exports moment itself. */
declare module 'moment-business-time' {
  import moment from 'moment';

  export default moment;
}
