// ECharts with only the parts the stats screen draws (bars, a line, axes, tooltip, legend) on
// canvas: importing 'echarts' whole would add about 1 MB to the bundle.
import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

export { echarts }
